package org.waymark.risk;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Changing risk registers through their forms, on PostgreSQL with the demo data: adding a
 * risk with a first score, re-scoring it (the history kept), changing its details and
 * mitigations, refusing stale forms and closed risks, and who may do each.
 * lead@example.org leads programmes 1 and 5, lead7@example.org programme 7. Risks these
 * tests add are titled "Test risk: …" and removed after each test; the demo risks are
 * left as they were.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RiskEditingIT {

	private static final String ADMIN = "admin@example.org";

	private static final String LEAD = "lead@example.org";

	private static final String LEAD7 = "lead7@example.org";

	private static final String EXECUTIVE = "executive@example.org";

	private static final String SCRUTINY = "scrutiny@example.org";

	private static final String TEST_RISK = "Test risk: not enough foster carers";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@AfterEach
	void removeTheRisksMade() {
		List<Long> made = this.jdbc.queryForList("select id from risk where title like 'Test risk:%'", Long.class);
		for (long id : made) {
			this.jdbc.update("delete from risk_assessment where risk_id = ?", id);
			this.jdbc.update("delete from risk_mitigation where risk_id = ?", id);
			this.jdbc.update("delete from risk where id = ?", id);
		}
	}

	@Test
	void aLeadAddsARiskToTheirProgrammeWithAScoreRecordedAsItsFirstAssessment() throws Exception {
		long plan = planId();
		long programme = programmeId(1);
		Document form = page(LEAD, "/plans/" + plan + "/risks/new?programme=" + programme);
		// Programmes 1 and 5, and no corporate register for a lead.
		assertThat(form.select("input[name=programme]").eachAttr("value")).containsExactly(String.valueOf(programme),
				String.valueOf(programmeId(5)));
		assertThat(form.select("input[name=programme][checked]").val()).isEqualTo(String.valueOf(programme));
		assertThat(form.select("label[for=likelihood-5]").text()).isEqualTo("5 – Almost certain");
		assertThat(form.select("label[for=impact-4]").text()).isEqualTo("4 – Major");
		int lastPosition = this.jdbc.queryForObject("select max(position) from risk where plan_id = ?", Integer.class,
				plan);

		MvcResult added = send(LEAD, post("/plans/" + plan + "/risks/new"),
				riskFields(String.valueOf(programme), TEST_RISK, Map.of("likelihood", "4", "impact", "4", "reference",
						"CYPP-R1", "targetScore", "6", "reviewDay", "31", "reviewMonth", "3", "reviewYear", "2027")));
		long id = riskNamed(TEST_RISK);
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/risks/" + id);
		assertThat(flash(added)).containsEntry("riskSaved", "risk.banner.added");
		assertThat(this.jdbc.queryForMap(
				"select programme_id, reference, description, impact_description, owner,"
						+ " likelihood, impact, target_score, review_date, status, position from risk where id = ?",
				id))
			.containsEntry("programme_id", programme)
			.containsEntry("reference", "CYPP-R1")
			.containsEntry("description", "Carers leave faster than they are recruited")
			.containsEntry("impact_description", "Children placed far from home")
			.containsEntry("owner", "Head of fostering")
			.containsEntry("likelihood", 4)
			.containsEntry("impact", 4)
			.containsEntry("target_score", 6)
			.containsEntry("review_date", java.sql.Date.valueOf(LocalDate.of(2027, 3, 31)))
			.containsEntry("status", "OPEN")
			.containsEntry("position", lastPosition + 1);
		assertThat(assessments(id))
			.containsExactly(LocalDate.now(this.clock) + " " + displayName(LEAD) + " 4x4 First assessment");
	}

	@Test
	void reScoringRecordsAnotherAssessmentKeepsTheHistoryAndSaysWhereTheScoreWent() throws Exception {
		long id = testRisk(LEAD, 1, "4", "4");
		Document form = page(LEAD, "/risks/" + id + "/assess");
		assertThat(form.select("#current-score").text()).contains("4 × 4 = 16", "High");
		LocalDate today = LocalDate.now(this.clock);
		assertThat(form.select("#assessedDay").val()).isEqualTo(String.valueOf(today.getDayOfMonth()));
		assertThat(form.select("#assessedYear").val()).isEqualTo(String.valueOf(today.getYear()));

		MvcResult down = assess(LEAD, id, today, "2", "4", "Two new carers approved");
		assertThat(down.getResponse().getRedirectedUrl()).isEqualTo("/risks/" + id);
		assertThat(flash(down)).containsEntry("riskSaved", "risk.banner.rescored")
			.containsEntry("riskSavedDetail", "Re-scored: 2 × 4 = 8 (Medium), down from 16");
		assertThat(score(id)).isEqualTo("2x4");
		assertThat(assessments(id)).containsExactly(today + " " + displayName(LEAD) + " 4x4 First assessment",
				today + " " + displayName(LEAD) + " 2x4 Two new carers approved");

		// Back-dated: history only; the current score stays the latest assessment's.
		MvcResult earlier = assess(LEAD, id, LocalDate.of(2017, 6, 7), "5", "5", "");
		assertThat(earlier.getFlashMap().get("riskSavedDetail")).isEqualTo(
				"Assessment of 7 June 2017 recorded: 5 × 5 = 25 (High). A later assessment gives the current score, 8.");
		assertThat(score(id)).isEqualTo("2x4");
		assertThat(assessments(id)).hasSize(3).first().asString().startsWith("2017-06-07");

		MvcResult up = assess(ADMIN, id, today, "3", "5", null);
		assertThat(up.getFlashMap().get("riskSavedDetail")).isEqualTo("Re-scored: 3 × 5 = 15 (High), up from 8");
		assertThat(score(id)).isEqualTo("3x5");
	}

	@Test
	void anAssessmentInTheFutureOrWithoutRatingsComesBackWithErrorsAndWhatWasTyped() throws Exception {
		long id = testRisk(LEAD, 1, null, null);
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		MvcResult answer = send(LEAD, post("/risks/" + id + "/assess"),
				Map.of("assessedDay", String.valueOf(tomorrow.getDayOfMonth()), "assessedMonth",
						String.valueOf(tomorrow.getMonthValue()), "assessedYear", String.valueOf(tomorrow.getYear()),
						"likelihood", "3", "note", "Typed note"));
		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Date of the assessment must be today or in the past",
				"Choose how severe its impact would be, from 1 to 5");
		assertThat(page.select(".govuk-error-summary a[href=#assessedDay]")).hasSize(1);
		assertThat(page.select("#assessedDay").val()).isEqualTo(String.valueOf(tomorrow.getDayOfMonth()));
		assertThat(page.select("input[name=likelihood][checked]").val()).isEqualTo("3");
		assertThat(page.select("#note").text()).isEqualTo("Typed note");
		assertThat(assessments(id)).isEmpty();
	}

	@Test
	void badInputOnANewRiskComesBackWithGovUkErrorsAndEverythingTyped() throws Exception {
		long programme = programmeId(1);
		MvcResult answer = send(LEAD, post("/plans/" + planId() + "/risks/new"),
				riskFields(String.valueOf(programme), " ", Map.of("likelihood", "3", "targetScore", "26", "reference",
						"R".repeat(41), "reviewDay", "30", "reviewMonth", "2", "reviewYear", "2027")));
		assertThat(answer.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(answer.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactlyInAnyOrder(
				"This must be 40 characters or fewer", "Enter the title of the risk",
				"Enter the target score as a whole number from 1 to 25",
				"Review date must be a real date, for example 31 3 2026",
				"Choose the impact as well as the likelihood, or neither to leave the risk unscored");
		assertThat(page.select(".govuk-error-summary a[href=#reviewDay]")).hasSize(1);
		assertThat(page.select("#reviewDate-error").text())
			.endsWith("Review date must be a real date, for example 31 3 2026");
		assertThat(page.select("#reviewDay").val()).isEqualTo("30");
		assertThat(page.select("#reviewMonth").val()).isEqualTo("2");
		assertThat(page.select("#targetScore").val()).isEqualTo("26");
		assertThat(page.select("#description").text()).isEqualTo("Carers leave faster than they are recruited");
		assertThat(page.select("input[name=programme][checked]").val()).isEqualTo(String.valueOf(programme));
		assertThat(page.select("input[name=likelihood][checked]").val()).isEqualTo("3");
		assertThat(this.jdbc.queryForList("select id from risk where title like 'Test risk:%'", Long.class)).isEmpty();
	}

	@Test
	void aLeadIsRefusedAnotherProgrammesRisksAndCorporateRisksEvenByForgingTheForm() throws Exception {
		long plan = planId();
		long otherRisk = firstRisk(7);
		long corporate = org0009();
		for (long refused : List.of(otherRisk, corporate)) {
			for (String path : List.of("/edit", "/assess", "/mitigations/new")) {
				assertThat(status(LEAD, get("/risks/" + refused + path), Map.of())).as(path).isEqualTo(403);
			}
			assertThat(status(LEAD, post("/risks/" + refused + "/edit"),
					riskFields(null, "Test risk: forged", Map.of("status", "OPEN", "version", version(refused)))))
				.isEqualTo(403);
			assertThat(status(LEAD, post("/risks/" + refused + "/assess"), Map.of("assessedDay", "1", "assessedMonth",
					"1", "assessedYear", "2020", "likelihood", "1", "impact", "1")))
				.isEqualTo(403);
			assertThat(status(LEAD, post("/risks/" + refused + "/mitigations/new"),
					Map.of("description", "Forged", "status", "PLANNED", "version", version(refused))))
				.isEqualTo(403);
		}
		long mitigation = firstMitigation(otherRisk);
		assertThat(status(LEAD, post("/risks/" + otherRisk + "/mitigations/" + mitigation + "/remove"),
				Map.of("version", version(otherRisk))))
			.isEqualTo(403);
		assertThat(status(LEAD, post("/risks/" + otherRisk + "/mitigations/" + mitigation + "/edit"),
				Map.of("description", "Forged", "status", "PLANNED", "version", version(otherRisk))))
			.isEqualTo(403);
		// Adding: to programme 7's register or the corporate one, chosen by forging the
		// form.
		for (String forged : List.of(String.valueOf(programmeId(7)), "corporate")) {
			assertThat(status(LEAD, get("/plans/" + plan + "/risks/new?programme=" + forged), Map.of())).isEqualTo(403);
			assertThat(status(LEAD, post("/plans/" + plan + "/risks/new"), riskFields(forged, TEST_RISK, Map.of())))
				.as(forged)
				.isEqualTo(403);
		}
		for (String reader : List.of(EXECUTIVE, SCRUTINY)) {
			assertThat(status(reader, get("/plans/" + plan + "/risks/new"), Map.of())).isEqualTo(403);
			assertThat(status(reader, get("/risks/" + firstRisk(1) + "/edit"), Map.of())).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForList("select id from risk where title like 'Test risk:%'", Long.class)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from risk_assessment where risk_id = ?", Integer.class,
				otherRisk))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from risk_assessment where risk_id = ?", Integer.class,
				corporate))
			.isEqualTo(2);
		// The programme 7 lead may change their own programme's risk.
		assertThat(status(LEAD7, get("/risks/" + otherRisk + "/edit"), Map.of())).isEqualTo(200);
	}

	@Test
	void whatIsMissingIsNotFoundBeforeAnythingIsRefused() throws Exception {
		long unknown = 987_654_321L;
		long risk = firstRisk(1);
		for (String person : List.of(SCRUTINY, LEAD, ADMIN)) {
			assertThat(status(person, get("/plans/" + unknown + "/risks/new"), Map.of())).as(person).isEqualTo(404);
			assertThat(status(person, get("/risks/" + unknown + "/edit"), Map.of())).as(person).isEqualTo(404);
			assertThat(status(person, get("/risks/" + unknown + "/assess"), Map.of())).as(person).isEqualTo(404);
			// Programme 7's mitigation is not one of programme 1's risk's.
			assertThat(status(person, get("/risks/" + risk + "/mitigations/" + firstMitigation(firstRisk(7)) + "/edit"),
					Map.of()))
				.as(person)
				.isEqualTo(404);
			assertThat(status(person, post("/risks/" + risk + "/mitigations/" + unknown + "/remove"),
					Map.of("version", version(risk))))
				.as(person)
				.isEqualTo(404);
		}
	}

	@Test
	void anAdminChangesTheCorporateRisk() throws Exception {
		long id = org0009();
		Map<String, Object> before = this.jdbc.queryForMap("select owner, review_date from risk where id = ?", id);
		try {
			Document form = page(ADMIN, "/risks/" + id + "/edit");
			assertThat(form.select("#title").val()).isEqualTo("Safeguarding Children");
			assertThat(form.select("#reference").val()).isEqualTo("ORG0009");
			assertThat(form.select("#current-score").text()).contains("3 × 5 = 15", "High");
			// The score is not on this form: only an assessment changes it.
			assertThat(form.select("input[name=likelihood], input[name=impact]")).isEmpty();
			Map<String, String> fields = new LinkedHashMap<>();
			for (var input : form
				.select("form[action$=/edit] input[type=text], form[action$=/edit] input[type=hidden]")) {
				fields.put(input.attr("name"), input.val());
			}
			for (var textarea : form.select("form[action$=/edit] textarea")) {
				fields.put(textarea.attr("name"), textarea.text());
			}
			fields.put("status", form.select("input[name=status][checked]").val());
			fields.put("owner", "Director of Children's Services (test)");
			fields.remove("_csrf");
			MvcResult changed = send(ADMIN, post("/risks/" + id + "/edit"), fields);
			assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/risks/" + id);
			assertThat(flash(changed)).containsEntry("riskSaved", "risk.banner.changed");
			assertThat(this.jdbc
				.queryForMap("select title, reference, owner, likelihood, impact from risk where id = ?", id))
				.containsEntry("title", "Safeguarding Children")
				.containsEntry("reference", "ORG0009")
				.containsEntry("owner", "Director of Children's Services (test)")
				.containsEntry("likelihood", 3)
				.containsEntry("impact", 5);
		}
		finally {
			this.jdbc.update("update risk set owner = ?, review_date = ? where id = ?", before.get("owner"),
					before.get("review_date"), id);
		}
	}

	@Test
	void aChangeFromAnOlderVersionIsRefusedKeepingWhatWasTypedAndShowingWhatIsSaved() throws Exception {
		long id = testRisk(LEAD, 1, null, null);
		String version = version(id);
		MvcResult first = send(ADMIN, post("/risks/" + id + "/edit"),
				riskFields(null, TEST_RISK, Map.of("owner", "Admin's owner", "status", "OPEN", "version", version)));
		assertThat(first.getResponse().getStatus()).isEqualTo(302);

		MvcResult stale = send(LEAD, post("/risks/" + id + "/edit"), riskFields(null, TEST_RISK + " (lead)",
				Map.of("owner", "Lead's owner", "status", "CLOSED", "targetScore", "4", "version", version)));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(stale.getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text()).contains("Someone else changed this risk");
		assertThat(page.select("#title").val()).isEqualTo(TEST_RISK + " (lead)");
		assertThat(page.select("#owner").val()).isEqualTo("Lead's owner");
		assertThat(page.select("#targetScore").val()).isEqualTo("4");
		assertThat(page.select("input[name=status][checked]").val()).isEqualTo("CLOSED");
		assertThat(page.select("#stored-risk").text()).contains("Admin's owner");
		assertThat(page.select("input[name=version]").val()).isEqualTo(version(id)).isNotEqualTo(version);
		assertThat(this.jdbc.queryForMap("select title, owner, status from risk where id = ?", id))
			.containsEntry("title", TEST_RISK)
			.containsEntry("owner", "Admin's owner")
			.containsEntry("status", "OPEN");
	}

	@Test
	void mitigationsAreAddedChangedAndRemovedAndEachChangeMakesOlderFormsStale() throws Exception {
		long id = testRisk(LEAD, 1, null, null);
		String version = version(id);
		Document blank = page(LEAD, "/risks/" + id + "/mitigations/new");
		assertThat(blank.select("input[name=version]").val()).isEqualTo(version);
		assertThat(blank.select("input[name=status][checked]")).isEmpty();
		assertThat(blank.select("label[for=status-1]").text()).isEqualTo("In progress");
		for (String description : List.of("Recruitment campaign", "Retention payments", "Kinship carers")) {
			MvcResult added = send(LEAD, post("/risks/" + id + "/mitigations/new"), Map.of("description", description,
					"owner", "Head of fostering", "status", "PLANNED", "version", version(id)));
			assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/risks/" + id);
			assertThat(flash(added)).containsEntry("riskSaved", "risk.banner.mitigationAdded");
		}
		assertThat(mitigations(id)).containsExactly("0 Recruitment campaign PLANNED", "1 Retention payments PLANNED",
				"2 Kinship carers PLANNED");
		assertThat(version(id)).isNotEqualTo(version);

		long second = mitigationAt(id, 1);
		Document edit = page(LEAD, "/risks/" + id + "/mitigations/" + second + "/edit");
		assertThat(edit.select("#description").text()).isEqualTo("Retention payments");
		assertThat(edit.select("input[name=status][checked]").val()).isEqualTo("PLANNED");
		String shown = edit.select("input[name=version]").val();
		MvcResult changed = send(LEAD, post("/risks/" + id + "/mitigations/" + second + "/edit"), Map.of("description",
				"Retention payments for carers", "owner", "", "status", "IN_PROGRESS", "version", shown));
		assertThat(flash(changed)).containsEntry("riskSaved", "risk.banner.mitigationChanged");
		assertThat(mitigations(id)).element(1).isEqualTo("1 Retention payments for carers IN_PROGRESS");

		// The same form sent again is now stale: refused, keeping what was typed.
		MvcResult stale = send(LEAD, post("/risks/" + id + "/mitigations/" + second + "/edit"),
				Map.of("description", "Typed over an old form", "status", "COMPLETE", "version", shown));
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		Document conflict = Jsoup.parse(stale.getResponse().getContentAsString());
		assertThat(conflict.select("#description").text()).isEqualTo("Typed over an old form");
		assertThat(conflict.select("input[name=status][checked]").val()).isEqualTo("COMPLETE");
		assertThat(conflict.select("#stored-mitigations").text()).contains("Retention payments for carers");
		assertThat(mitigations(id)).element(1).isEqualTo("1 Retention payments for carers IN_PROGRESS");
		// And so is a risk form opened before the mitigation changed.
		assertThat(send(LEAD, post("/risks/" + id + "/edit"),
				riskFields(null, TEST_RISK, Map.of("status", "OPEN", "version", shown)))
			.getResponse()
			.getStatus()).isEqualTo(409);

		long first = mitigationAt(id, 0);
		Document remove = page(LEAD, "/risks/" + id + "/mitigations/" + first + "/remove");
		assertThat(remove.select("h1").text()).isEqualTo("Remove this mitigation?");
		assertThat(remove.select("#removed-mitigation").text()).contains("Recruitment campaign");
		assertThat(status(LEAD, post("/risks/" + id + "/mitigations/" + first + "/remove"), Map.of("version", "0")))
			.isEqualTo(409);
		MvcResult removed = send(LEAD, post("/risks/" + id + "/mitigations/" + first + "/remove"),
				Map.of("version", remove.select("input[name=version]").val()));
		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/risks/" + id);
		assertThat(flash(removed)).containsEntry("riskSaved", "risk.banner.mitigationRemoved");
		assertThat(mitigations(id)).containsExactly("0 Retention payments for carers IN_PROGRESS",
				"1 Kinship carers PLANNED");
	}

	@Test
	void aClosedRiskIsNotReScoredUntilReopened() throws Exception {
		long id = testRisk(LEAD, 1, "3", "3");
		MvcResult closed = send(LEAD, post("/risks/" + id + "/edit"),
				riskFields(null, TEST_RISK, Map.of("status", "CLOSED", "version", version(id))));
		assertThat(closed.getResponse().getStatus()).isEqualTo(302);

		Document page = page(LEAD, "/risks/" + id + "/assess");
		assertThat(page.select(".govuk-warning-text").text())
			.contains("This risk is closed, so it cannot be re-scored");
		assertThat(page.select("form[action$=/assess]")).isEmpty();
		assertThat(page.select("a[href=/risks/" + id + "/edit]")).hasSize(1);
		MvcResult refused = assess(LEAD, id, LocalDate.now(this.clock), "1", "1", null);
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(assessments(id)).hasSize(1);
		assertThat(score(id)).isEqualTo("3x3");

		send(LEAD, post("/risks/" + id + "/edit"),
				riskFields(null, TEST_RISK, Map.of("status", "OPEN", "version", version(id))));
		assertThat(assess(LEAD, id, LocalDate.now(this.clock), "1", "1", null).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(score(id)).isEqualTo("1x1");
	}

	/** A programme risk added through the form, scored when both ratings are given. */
	private long testRisk(String person, int programme, String likelihood, String impact) throws Exception {
		Map<String, String> more = new LinkedHashMap<>();
		if (likelihood != null) {
			more.put("likelihood", likelihood);
			more.put("impact", impact);
		}
		MvcResult added = send(person, post("/plans/" + planId() + "/risks/new"),
				riskFields(String.valueOf(programmeId(programme)), TEST_RISK, more));
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		return riskNamed(TEST_RISK);
	}

	private static Map<String, String> riskFields(String programme, String title, Map<String, String> more) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (programme != null) {
			fields.put("programme", programme);
		}
		fields.put("title", title);
		fields.put("description", "Carers leave faster than they are recruited");
		fields.put("impactDescription", "Children placed far from home");
		fields.put("owner", "Head of fostering");
		fields.putAll(more);
		return fields;
	}

	private MvcResult assess(String person, long id, LocalDate on, String likelihood, String impact, String note)
			throws Exception {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("assessedDay", String.valueOf(on.getDayOfMonth()),
				"assessedMonth", String.valueOf(on.getMonthValue()), "assessedYear", String.valueOf(on.getYear()),
				"likelihood", likelihood, "impact", impact));
		if (note != null) {
			fields.put("note", note);
		}
		return send(person, post("/risks/" + id + "/assess"), fields);
	}

	private MvcResult send(String person, MockHttpServletRequestBuilder request, Map<String, String> fields)
			throws Exception {
		fields.forEach(request::param);
		return this.mvc.perform(request.with(user(this.users.loadUserByUsername(person))).with(csrf())).andReturn();
	}

	private static Map<String, Object> flash(MvcResult result) {
		return new LinkedHashMap<>(result.getFlashMap());
	}

	private int status(String person, MockHttpServletRequestBuilder request, Map<String, String> fields)
			throws Exception {
		return send(person, request, fields).getResponse().getStatus();
	}

	private Document page(String person, String address) throws Exception {
		MvcResult answer = send(person, get(address), Map.of());
		assertThat(answer.getResponse().getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(answer.getResponse().getContentAsString());
	}

	private List<String> assessments(long riskId) {
		return this.jdbc.queryForList("select assessed_on || ' ' || coalesce(assessed_by, '-') || ' ' || likelihood"
				+ " || 'x' || impact || coalesce(' ' || note, '') from risk_assessment where risk_id = ?"
				+ " order by assessed_on, id", String.class, riskId);
	}

	private List<String> mitigations(long riskId) {
		return this.jdbc.queryForList("select position || ' ' || description || ' ' || status from risk_mitigation"
				+ " where risk_id = ? order by position", String.class, riskId);
	}

	private long mitigationAt(long riskId, int position) {
		return this.jdbc.queryForObject("select id from risk_mitigation where risk_id = ? and position = ?", Long.class,
				riskId, position);
	}

	private long firstMitigation(long riskId) {
		return this.jdbc.queryForObject("select min(id) from risk_mitigation where risk_id = ?", Long.class, riskId);
	}

	private String score(long riskId) {
		return this.jdbc.queryForObject("select likelihood || 'x' || impact from risk where id = ?", String.class,
				riskId);
	}

	private String version(long riskId) {
		return String.valueOf(this.jdbc.queryForObject("select version from risk where id = ?", Long.class, riskId));
	}

	private String displayName(String username) {
		return this.jdbc.queryForObject("select display_name from app_user where username = ?", String.class, username);
	}

	private long riskNamed(String title) {
		return this.jdbc.queryForObject("select id from risk where title = ?", Long.class, title);
	}

	private long firstRisk(int programme) {
		return this.jdbc.queryForObject("select min(id) from risk where programme_id = ?", Long.class,
				programmeId(programme));
	}

	private long org0009() {
		return this.jdbc.queryForObject("select id from risk where reference = 'ORG0009'", Long.class);
	}

	private long planId() {
		return this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class, DemoFixtures.DEMO_PLAN);
	}

	private long programmeId(int number) {
		return this.jdbc.queryForObject("select p.id from improvement_programme p join plan pl on pl.id = p.plan_id"
				+ " where pl.short_name = ? and p.number = ?", Long.class, DemoFixtures.DEMO_PLAN, number);
	}

}
