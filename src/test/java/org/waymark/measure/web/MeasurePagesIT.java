package org.waymark.measure.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.support.PostgresIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The measure pages on PostgreSQL with the demo data: a measure's page (history chart and
 * table, direction of travel, rating against the target in words), a programme's
 * measures, and adding and changing measures. lead@example.org leads Programmes 1 and 5,
 * lead7@example.org Programme 7. Measures these tests add go on Programme 1 and are
 * removed after each test.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class MeasurePagesIT {

	private static final String ADMIN = "admin@example.org";

	private static final String LEAD = "lead@example.org";

	private static final String LEAD7 = "lead7@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final String TEST_MEASURE = "Test measure: children seen within 10 days";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeTheMeasuresMade() {
		this.made.addAll(this.jdbc.queryForList("select id from measure where name like 'Test measure:%'", Long.class));
		for (long id : this.made) {
			this.jdbc.update("delete from measure_value where measure_id = ?", id);
			this.jdbc.update("delete from measure_comparator where measure_id = ?", id);
			this.jdbc.update("delete from measure where id = ?", id);
		}
		this.made.clear();
	}

	@Test
	void reReferralsThatRoseShowDeterioratedWithTheirHistoryChartAndComparator() throws Exception {
		long id = demoMeasure(5, "Percentage of re-referrals to social care");
		Document page = page(SCRUTINY, "/measures/" + id);
		assertThat(page.select("h1").text()).isEqualTo("Percentage of re-referrals to social care");
		assertThat(page.select(".govuk-summary-list").text()).contains("Lower is better", "Percentage",
				"Stat Neighbour Average 21.07% (2016)");
		// 22% (September 2017) then 22.9% (December 2017): lower is better, so worse.
		assertThat(page.select("#direction-of-travel").text()).isEqualTo("Deteriorated");
		assertThat(page.text()).contains("Comparing 22.9% (rolling 12 months December 2017) with the figure before it, "
				+ "22% (rolling 12 months September 2017). Lower is better.");
		assertThat(page.select("#target-rating").text()).isEqualTo("Not assessed");
		assertThat(page.select("#target-explanation").text())
			.isEqualTo("Not assessed: the measure has no target figure to compare with.");

		Element chart = page.selectFirst("svg[role=img]");
		assertThat(chart).isNotNull();
		assertThat(chart.attr("aria-labelledby")).isEqualTo("measure-chart-title measure-chart-desc");
		assertThat(chart.select("title#measure-chart-title").text())
			.isEqualTo("Chart of Percentage of re-referrals to social care over time");
		assertThat(chart.select("desc").text()).contains("2 published figures", "rolling 12 months September 2017",
				"rolling 12 months December 2017");
		assertThat(chart.select(".waymark-chart__values circle")).hasSize(2);
		assertThat(chart.select(".waymark-chart__values polyline")).hasSize(1);
		assertThat(chart.select(".waymark-chart__comparator text").text()).isEqualTo("Stat Neighbour Average");
		assertThat(chart.select(".waymark-chart__comparator line").attr("stroke-dasharray")).isNotBlank();
		assertThat(chart.select(".waymark-chart__target")).isEmpty();

		List<String> rows = page.select("table tbody tr").eachText();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("rolling 12 months September 2017")
			.contains("22%", "Reported", "First value");
		assertThat(rows.get(1)).startsWith("rolling 12 months December 2017").contains("22.9%", "Deteriorated");
	}

	@Test
	void aMeasureAboveItsLowerIsBetterTargetIsRedWithTheRuleInWords() throws Exception {
		long id = demoMeasure(7, "12% staff turnover target");
		Document page = page(EXECUTIVE, "/measures/" + id);
		assertThat(page.select("#target-rating").text()).isEqualTo("Red: off track");
		assertThat(page.select("#target-explanation").text())
			.isEqualTo("Red: 13.32% is above the target of 12% by more than a tenth of the target (above 13.2%). "
					+ "Lower is better, so a value this far above the target is off track.");
		Element target = page.selectFirst("svg .waymark-chart__target");
		assertThat(target).isNotNull();
		assertThat(target.select("line").attr("stroke-dasharray")).isEqualTo("8 4");
		assertThat(target.select("text").text()).isEqualTo("Target 12%");
		// Nobody but the programme's leads and admins is offered the change.
		assertThat(page.select("a[href$=/edit]")).isEmpty();
		assertThat(page(LEAD7, "/measures/" + id).select("a[href=/measures/" + id + "/edit]").text())
			.startsWith("Change measure");
	}

	@Test
	void programmeMeasuresAreGroupedByHeadingWithLinksAndOnlyEditorsMayAdd() throws Exception {
		long programme = programmeId(5);
		Document page = page(SCRUTINY, "/programmes/" + programme + "/measures");
		assertThat(page.select("h1").text()).isEqualTo("Outcome measures");
		assertThat(page.select("caption").eachText())
			.contains("2. Improve quality and consistency of support for families");
		long id = demoMeasure(5, "Percentage of re-referrals to social care");
		Element row = page.selectFirst("a[href=/measures/" + id + "]").closest("tr");
		assertThat(row.text()).contains("22.9%", "Deteriorated", "Not assessed");
		assertThat(page.select("a[href$=/measures/new]")).isEmpty();
		assertThat(page(LEAD, "/programmes/" + programme + "/measures").select("a[href$=/measures/new]").text())
			.isEqualTo("Add a measure");
		// The programme page links each measure to its page.
		assertThat(page(SCRUTINY, "/programmes/" + programme).select("a[href=/measures/" + id + "]")).hasSize(1);
	}

	@Test
	void aLeadAddsAMeasureWithComparatorsAndSeesItsPage() throws Exception {
		long programme = programmeId(1);
		MockHttpServletResponse answer = send(LEAD, post("/programmes/" + programme + "/measures/new"),
				Map.of("heading", "9. Test heading", "name", TEST_MEASURE, "unit", "PERCENT", "polarity",
						"HIGHER_IS_BETTER", "decimalPlaces", "1", "targetValue", "90%", "targetText", "Target = 90%",
						"frequency", "Quarterly", "dataSource", "Case management system"),
				Map.of("comparators[0].label", "England average", "comparators[0].value", "85.5",
						"comparators[0].period", "2017", "comparators[1].label", "", "comparators[1].value", ""));
		assertThat(answer.getStatus()).isEqualTo(302);
		long id = measureNamed(TEST_MEASURE);
		assertThat(answer.getRedirectedUrl()).isEqualTo("/measures/" + id);
		assertThat(this.jdbc.queryForMap("select unit, polarity, target_value, target_text, frequency, data_source,"
				+ " heading, position from measure where id = ?", id))
			.containsEntry("unit", "PERCENT")
			.containsEntry("polarity", "HIGHER_IS_BETTER")
			.containsEntry("target_text", "Target = 90%")
			.containsEntry("frequency", "Quarterly")
			.containsEntry("heading", "9. Test heading");
		assertThat(this.jdbc.queryForObject("select target_value from measure where id = ?", java.math.BigDecimal.class,
				id))
			.isEqualByComparingTo("90");
		assertThat(this.jdbc.queryForObject("select max(position) from measure where programme_id = ?", Integer.class,
				programme))
			.isEqualTo(this.jdbc.queryForObject("select position from measure where id = ?", Integer.class, id));
		assertThat(
				this.jdbc.queryForList("select label from measure_comparator where measure_id = ?", String.class, id))
			.containsExactly("England average");

		Document page = page(LEAD, "/measures/" + id);
		assertThat(page.select("h1").text()).isEqualTo(TEST_MEASURE);
		assertThat(page.select(".govuk-summary-list").text()).contains("Target: 90%", "Target = 90%",
				"England average 85.5% (2017)", "Quarterly", "Case management system");
		assertThat(page.text()).contains("No values have been published for this measure yet.");
		assertThat(page.select("#target-explanation").text())
			.isEqualTo("Not assessed: no figure has been published for this measure yet.");
		assertThat(page.select("svg")).isEmpty();
	}

	@Test
	void onlyPublishedValuesAreShownAndDrawn() throws Exception {
		long id = testMeasure();
		value(id, "Q1", "2017-06-30", "80", false);
		value(id, "Q2", "2017-09-30", "88", false);
		value(id, "Q3 draft", "2017-12-31", "70", true);
		Document page = page(ADMIN, "/measures/" + id);
		assertThat(page.select("table tbody tr")).hasSize(2);
		assertThat(page.text()).doesNotContain("Q3 draft");
		assertThat(page.select("svg circle")).hasSize(2);
		assertThat(page.select("#direction-of-travel").text()).isEqualTo("Improved");
		// 88% against 90%: within a tenth of the target.
		assertThat(page.select("#target-explanation").text())
			.isEqualTo("Amber: 88% is below the target of 90%, by no more than a tenth of the target (81% or above). "
					+ "Higher is better, so a value this close below the target is close to track.");
	}

	@Test
	void aLeadChangesAMeasureEditingRemovingAndAddingComparators() throws Exception {
		long id = testMeasure();
		Document form = page(LEAD, "/measures/" + id + "/edit");
		assertThat(form.select("#name").text()).isEqualTo(TEST_MEASURE);
		assertThat(form.getElementById("comparators[0].label").val()).isEqualTo("England average");
		assertThat(form.getElementById("comparators[1].label").val()).isEqualTo("South West");
		// Two saved comparators, each with a box to remove it, then two spare rows.
		assertThat(form.select("input[type=checkbox][name$=.remove]")).hasSize(2);
		assertThat(form.select("input[name$=.label]")).hasSize(4);
		String version = form.select("input[name=version]").val();

		MockHttpServletResponse answer = send(LEAD, post("/measures/" + id + "/edit"),
				fields(TEST_MEASURE + " (changed)", "LOWER_IS_BETTER", "20", version),
				Map.of("comparators[0].label", "England average", "comparators[0].value", "21.5",
						"comparators[0].remove", "true", "comparators[1].label", "South West (renamed)",
						"comparators[1].value", "19", "comparators[1].period", "2018", "comparators[2].label",
						"Stat neighbours", "comparators[2].value", "18.2%"));
		assertThat(answer.getStatus()).isEqualTo(302);
		assertThat(answer.getRedirectedUrl()).isEqualTo("/measures/" + id);
		assertThat(this.jdbc.queryForMap("select name, polarity from measure where id = ?", id))
			.containsEntry("name", TEST_MEASURE + " (changed)")
			.containsEntry("polarity", "LOWER_IS_BETTER");
		assertThat(this.jdbc.queryForList(
				"select label || ' ' || coalesce(cast(comparator_value as varchar), '-') || ' ' || coalesce(period, '-')"
						+ " from measure_comparator where measure_id = ? order by position",
				String.class, id))
			.containsExactly("South West (renamed) 19.0000 2018", "Stat neighbours 18.2000 -");
	}

	@Test
	void aSaveFromAFormShowingAnOlderVersionIsRefusedKeepingWhatWasTyped() throws Exception {
		long id = testMeasure();
		String version = page(LEAD, "/measures/" + id + "/edit").select("input[name=version]").val();
		// Someone else changes only the comparators: that is a change to the measure too.
		MockHttpServletResponse first = send(ADMIN, post("/measures/" + id + "/edit"),
				fields(TEST_MEASURE, "HIGHER_IS_BETTER", "90", version),
				Map.of("comparators[0].label", "England average (admin)", "comparators[0].value", "85.5"));
		assertThat(first.getStatus()).isEqualTo(302);

		MockHttpServletResponse stale = send(LEAD, post("/measures/" + id + "/edit"),
				fields(TEST_MEASURE + " (lead)", "HIGHER_IS_BETTER", "95", version),
				Map.of("comparators[0].label", "England average (lead)"));
		assertThat(stale.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(stale.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this measure");
		assertThat(page.select("#name").text()).isEqualTo(TEST_MEASURE + " (lead)");
		assertThat(page.select("#targetValue").val()).isEqualTo("95");
		assertThat(page.getElementById("comparators[0].label").val()).isEqualTo("England average (lead)");
		assertThat(page.select("#stored-measure").text()).contains("England average (admin)");
		assertThat(this.jdbc.queryForObject("select name from measure where id = ?", String.class, id))
			.isEqualTo(TEST_MEASURE);
		assertThat(
				this.jdbc.queryForList("select label from measure_comparator where measure_id = ?", String.class, id))
			.containsExactly("England average (admin)");
		// The form now carries the saved version: saving again replaces it, knowingly.
		assertThat(page.select("input[name=version]").val()).isNotEqualTo(version);
	}

	@Test
	void badInputComesBackWithGovUkErrorsAndWhatWasTyped() throws Exception {
		long programme = programmeId(1);
		MockHttpServletResponse answer = send(LEAD, post("/programmes/" + programme + "/measures/new"),
				Map.of("name", " ", "unit", "PERCENT", "polarity", "HIGHER_IS_BETTER", "decimalPlaces", "9",
						"targetValue", "54..3", "targetText", "Ninety per cent"),
				Map.of("comparators[0].value", "about 3", "comparators[0].period", "2016", "comparators[1].label",
						"South West", "comparators[1].value", "12.34567"));
		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactlyInAnyOrder(
				"Enter the name of the measure", "Enter the decimal places as a whole number from 0 to 6",
				"Enter a number, like 90 or 90%", "Enter what comparator 1 is", "Enter a number, like 90 or 90%",
				"Enter a number with no more than 4 decimal places");
		assertThat(page.select(".govuk-error-summary a[href=#targetValue]")).hasSize(1);
		assertThat(page.select("#targetValue-error").text()).endsWith("Enter a number, like 90 or 90%");
		assertThat(page.select("#targetValue").val()).isEqualTo("54..3");
		assertThat(page.select("#targetText").text()).isEqualTo("Ninety per cent");
		assertThat(page.select("#decimalPlaces").val()).isEqualTo("9");
		assertThat(page.getElementById("comparators[0].value").val()).isEqualTo("about 3");
		assertThat(page.getElementById("comparators[1].value").val()).isEqualTo("12.34567");
		assertThat(page.select("#unit").attr("checked")).isNotNull();
		assertThat(page.select("input[name=unit][checked]").val()).isEqualTo("PERCENT");
		assertThat(this.jdbc.queryForList("select id from measure where name like 'Test measure:%'", Long.class))
			.isEmpty();
	}

	@Test
	void onlyTheProgrammesLeadsAndAdminsMayAddOrChangeItsMeasures() throws Exception {
		long programme = programmeId(1);
		long id = testMeasure();
		String version = String
			.valueOf(this.jdbc.queryForObject("select version from measure where id = ?", Long.class, id));
		for (String refused : List.of(LEAD7, EXECUTIVE, SCRUTINY)) {
			assertThat(send(refused, get("/programmes/" + programme + "/measures/new"), Map.of(), Map.of()).getStatus())
				.as(refused)
				.isEqualTo(403);
			assertThat(send(refused, get("/measures/" + id + "/edit"), Map.of(), Map.of()).getStatus()).as(refused)
				.isEqualTo(403);
			assertThat(send(refused, post("/programmes/" + programme + "/measures/new"),
					fields("Test measure: refused", "HIGHER_IS_BETTER", "1", "0"), Map.of())
				.getStatus()).as(refused).isEqualTo(403);
			assertThat(send(refused, post("/measures/" + id + "/edit"),
					fields(TEST_MEASURE + " (refused)", "HIGHER_IS_BETTER", "1", version), Map.of())
				.getStatus()).as(refused).isEqualTo(403);
			assertThat(page(refused, "/measures/" + id).select("h1").text()).isEqualTo(TEST_MEASURE);
		}
		assertThat(this.jdbc.queryForObject("select name from measure where id = ?", String.class, id))
			.isEqualTo(TEST_MEASURE);
		assertThat(this.jdbc.queryForList("select id from measure where name = 'Test measure: refused'", Long.class))
			.isEmpty();
		assertThat(send(ADMIN, get("/measures/" + id + "/edit"), Map.of(), Map.of()).getStatus()).isEqualTo(200);
		assertThat(send(ADMIN, get("/measures/987654321"), Map.of(), Map.of()).getStatus()).isEqualTo(404);
		assertThat(send(ADMIN, get("/programmes/987654321/measures/new"), Map.of(), Map.of()).getStatus())
			.isEqualTo(404);
	}

	/** A Programme 1 measure made through the form, with two comparators. */
	private long testMeasure() throws Exception {
		MockHttpServletResponse answer = send(ADMIN, post("/programmes/" + programmeId(1) + "/measures/new"),
				fields(TEST_MEASURE, "HIGHER_IS_BETTER", "90", null),
				Map.of("comparators[0].label", "England average", "comparators[0].value", "85.5",
						"comparators[1].label", "South West", "comparators[1].value", "87"));
		assertThat(answer.getStatus()).isEqualTo(302);
		return measureNamed(TEST_MEASURE);
	}

	private static Map<String, String> fields(String name, String polarity, String target, String version) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("name", name, "unit", "PERCENT", "polarity",
				polarity, "decimalPlaces", "1", "targetValue", target));
		if (version != null) {
			fields.put("version", version);
		}
		return fields;
	}

	private void value(long measureId, String period, String end, String figure, boolean provisional) {
		this.jdbc.update(
				"insert into measure_value (measure_id, period_label, period_end, numeric_value, reported_text,"
						+ " data_status, definition_changed, provisional, version) values (?, ?, cast(? as date),"
						+ " cast(? as numeric), ?, 'REPORTED', false, ?, 0)",
				measureId, period, end, figure, figure + "%", provisional);
	}

	private MockHttpServletResponse send(String username, MockHttpServletRequestBuilder request,
			Map<String, String> fields, Map<String, String> more) throws Exception {
		fields.forEach(request::param);
		more.forEach(request::param);
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(username))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private Document page(String username, String address) throws Exception {
		MockHttpServletResponse answer = send(username, get(address), Map.of(), Map.of());
		assertThat(answer.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getContentAsString());
	}

	private long demoMeasure(int programme, String name) {
		return this.jdbc
			.queryForObject("select m.id from measure m join improvement_programme p on p.id = m.programme_id"
					+ " join plan pl on pl.id = p.plan_id where pl.short_name = 'CYPP 2016-19' and p.number = ?"
					+ " and m.name = ?", Long.class, programme, name);
	}

	private long programmeId(int number) {
		return this.jdbc.queryForObject("select p.id from improvement_programme p join plan pl on pl.id = p.plan_id"
				+ " where pl.short_name = 'CYPP 2016-19' and p.number = ?", Long.class, number);
	}

	private long measureNamed(String name) {
		long id = this.jdbc.queryForObject("select id from measure where name = ?", Long.class, name);
		this.made.add(id);
		return id;
	}

}
