package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.user.WaymarkUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risks section naming risks from the programme's register, on PostgreSQL with the
 * demo data: a lead ticks the programme's key risk and writes about it, the read view
 * shows both as saved, a published report keeps saying what it said when the register
 * changes, a correction names the same risks, another programme's risk is refused, and a
 * section naming only risks counts as done.
 * <p>
 * Every case runs in a transaction that is rolled back, on programme 4's 2018/19 Q4 draft
 * (a fixture no other test uses; programme 4 has no demo lead, so the demo lead is given
 * it in memory, {@link WorkflowActors}): the pages join that transaction, so the register
 * changes and the published report are never seen by other tests.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReportRisksIT {

	private static final int PROGRAMME = 4;

	private static final String QUARTER = "Q4";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private WorkflowActors actors;

	private long reportId;

	private long keyRiskId;

	private long otherProgrammesRiskId;

	@BeforeEach
	void demo() {
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		long programmeId = fixtures.programmeId(PROGRAMME);
		this.actors = new WorkflowActors(this.users, programmeId);
		this.reportId = fixtures.draftReport(PROGRAMME, QUARTER);
		this.keyRiskId = keyRiskOf(programmeId);
		this.otherProgrammesRiskId = keyRiskOf(fixtures.programmeId(1));
	}

	@Test
	void aLeadNamesTheKeyRiskAndWritesAboutItAndTheReportShowsBothAsSaved() {
		inRolledBackTransaction(() -> {
			scoreKeyRisk("Schools cannot release staff", 4, 5);
			WaymarkUser lead = this.actors.principal(Actor.OWN_LEAD);

			Document form = page(get("/reports/{id}/edit/sections/risks", this.reportId), lead);
			Element box = form.selectFirst("input[name=risks][value=" + this.keyRiskId + "]");
			assertThat(box).as("the key risk offered").isNotNull();
			assertThat(box.hasAttr("checked")).isFalse();
			assertThat(form.select("input[name=risks][value=" + this.otherProgrammesRiskId + "]"))
				.as("another programme's risk")
				.isEmpty();
			assertThat(form.getElementById(box.attr("aria-describedby")).text()).contains("4 × 5 = 20", "High");
			assertThat(form.select("a[href*=/risks?programme=]").attr("href")).endsWith("/risks?programme=" + this.jdbc
				.queryForObject("select programme_id from highlight_report where id = ?", Long.class, this.reportId));

			MvcResult saved = perform(post("/reports/{id}/edit/sections/risks", this.reportId)
				.param("body", "Cover for the SEND casework team is the main worry.")
				.param("risks", String.valueOf(this.keyRiskId))
				.param("_risks", "on")
				.param("fingerprint", form.selectFirst("input[name=fingerprint]").val()), lead);
			assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + this.reportId + "/edit");

			Document view = page(get("/reports/{id}", this.reportId), lead);
			Element table = view.selectFirst("table:has(caption:contains(Risks from the register))");
			assertThat(table).isNotNull();
			assertThat(table.select("a").attr("href")).isEqualTo("/risks/" + this.keyRiskId);
			assertThat(table.select("a").text()).contains("Schools cannot release staff");
			assertThat(table.select("td").text()).contains("4 × 5 = 20").contains("High");
			assertThat(table.select("td strong.govuk-tag").text()).isEqualTo("High");
			assertThat(view.text()).contains("Cover for the SEND casework team is the main worry.");

			// Ticked when the form is opened again.
			Document again = page(get("/reports/{id}/edit/sections/risks", this.reportId), lead);
			assertThat(again.selectFirst("input[name=risks][value=" + this.keyRiskId + "]").hasAttr("checked"))
				.isTrue();
		});
	}

	@Test
	void aPublishedReportKeepsWhatItSaidOfARiskAndACorrectionSaysTheSame() {
		inRolledBackTransaction(() -> {
			scoreKeyRisk("Schools cannot release staff", 4, 5);
			Authentication lead = this.actors.of(Actor.OWN_LEAD);
			Authentication admin = this.actors.of(Actor.ADMIN);
			this.drafting.saveRisksSection(this.reportId, null, false, List.of(this.keyRiskId),
					this.drafting.sectionDraft(this.reportId, SectionType.RISKS, lead).fingerprint(), lead);
			completeOtherSections(lead);
			this.drafting.saveStatus(this.reportId, Rag.GREEN, "On track",
					this.drafting.statusDraft(this.reportId, lead).fingerprint(), lead);
			assertThat(this.drafting.submit(this.reportId, version(), lead)).isEmpty();
			assertThat(this.review.publish(this.reportId, version(), admin)).isEmpty();

			// The register moves on: renamed, re-scored, closed.
			this.entityManager.flush();
			scoreKeyRisk("Renamed on the register", 1, 2);
			this.jdbc.update("update risk set status = 'CLOSED' where id = ?", this.keyRiskId);
			this.entityManager.clear();

			Document published = page(get("/reports/{id}", this.reportId), this.actors.principal(Actor.SCRUTINY));
			Element table = published.selectFirst("table:has(caption:contains(Risks from the register))");
			assertThat(table.text()).contains("Schools cannot release staff", "4 × 5 = 20", "High")
				.doesNotContain("Renamed on the register");

			long correctionId = this.review.startCorrection(this.reportId, version(), "The risk was worded wrongly",
					admin);
			this.entityManager.flush();
			this.entityManager.clear();
			assertThat(this.jdbc.queryForList("select risk_id from report_risk where report_id = ?", Long.class,
					correctionId))
				.containsExactly(this.keyRiskId);
			Document correction = page(get("/reports/{id}", correctionId), this.actors.principal(Actor.ADMIN));
			assertThat(correction.selectFirst("table:has(caption:contains(Risks from the register))").text())
				.contains("Schools cannot release staff", "4 × 5 = 20");

			// Closed since, the risk is still offered to the correction, ticked and
			// marked
			// closed.
			Document form = page(get("/reports/{id}/edit/sections/risks", correctionId),
					this.actors.principal(Actor.ADMIN));
			Element box = form.selectFirst("input[name=risks][value=" + this.keyRiskId + "]");
			assertThat(box.hasAttr("checked")).isTrue();
			assertThat(form.getElementById(box.attr("aria-describedby")).text()).contains("Closed");
		});
	}

	@Test
	void anotherProgrammesRiskOrNoRiskAtAllIsRefusedAndNothingIsStored() {
		inRolledBackTransaction(() -> {
			WaymarkUser lead = this.actors.principal(Actor.OWN_LEAD);
			String fingerprint = page(get("/reports/{id}/edit/sections/risks", this.reportId), lead)
				.selectFirst("input[name=fingerprint]")
				.val();

			for (String forged : List.of(String.valueOf(this.otherProgrammesRiskId), "999999999", "P4-1")) {
				MvcResult result = perform(
						post("/reports/{id}/edit/sections/risks", this.reportId).param("body", "What I typed")
							.param("risks", String.valueOf(this.keyRiskId), forged)
							.param("fingerprint", fingerprint),
						lead);

				assertThat(result.getResponse().getStatus()).as(forged).isEqualTo(200);
				Document page = Jsoup.parse(result.getResponse().getContentAsString());
				assertThat(page.select(".govuk-error-summary a").eachAttr("href")).as(forged).containsExactly("#risks");
				assertThat(page.getElementById("risks-error").text()).contains("Choose risks from the programme");
				assertThat(page.selectFirst("textarea#body").text()).isEqualTo("What I typed");
				assertThat(this.jdbc.queryForObject("select count(*) from report_risk where report_id = ?",
						Integer.class, this.reportId))
					.as(forged)
					.isZero();
			}
			// What was ticked stays ticked when the form comes back for another reason.
			MvcResult both = perform(post("/reports/{id}/edit/sections/risks", this.reportId).param("nilReturn", "true")
				.param("risks", String.valueOf(this.keyRiskId))
				.param("fingerprint", fingerprint), lead);
			Document page = Jsoup.parse(both.getResponse().getContentAsString());
			assertThat(page.selectFirst("input[name=risks][value=" + this.keyRiskId + "]").hasAttr("checked")).isTrue();
			assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#nilReturn");

			// The service refuses too, whoever calls it.
			Authentication asLead = this.actors.of(Actor.OWN_LEAD);
			assertThatThrownBy(() -> this.drafting.saveRisksSection(this.reportId, null, false,
					List.of(this.otherProgrammesRiskId), fingerprint, asLead))
				.isInstanceOf(RiskNotOfferedException.class);
		});
	}

	@Test
	void theTaskListCountsARisksSectionNamingOnlyRisksAsDone() {
		inRolledBackTransaction(() -> {
			WaymarkUser lead = this.actors.principal(Actor.OWN_LEAD);
			assertThat(page(get("/reports/{id}/edit", this.reportId), lead).getElementById("task-risks-status").text())
				.isEqualTo("Not yet started");

			Authentication asLead = this.actors.of(Actor.OWN_LEAD);
			this.drafting.saveRisksSection(this.reportId, "  ", false, List.of(this.keyRiskId),
					this.drafting.sectionDraft(this.reportId, SectionType.RISKS, asLead).fingerprint(), asLead);

			assertThat(page(get("/reports/{id}/edit", this.reportId), lead).getElementById("task-risks-status").text())
				.isEqualTo("Completed");
			assertThat(this.drafting.tasks(this.reportId, asLead).numberedSectionTasks())
				.filteredOn((task) -> task.path().equals("risks"))
				.singleElement()
				.satisfies((task) -> assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED));
		});
	}

	private long keyRiskOf(long programmeId) {
		return this.jdbc.queryForObject("select id from risk where programme_id = ? order by position, id limit 1",
				Long.class, programmeId);
	}

	private void scoreKeyRisk(String title, int likelihood, int impact) {
		this.jdbc.update("update risk set title = ?, likelihood = ?, impact = ? where id = ?", title, likelihood,
				impact, this.keyRiskId);
	}

	private void completeOtherSections(Authentication who) {
		for (SectionType type : SectionType.values()) {
			if (type != SectionType.RISKS) {
				this.drafting.saveSection(this.reportId, type, null, true,
						this.drafting.sectionDraft(this.reportId, type, who).fingerprint(), who);
			}
		}
	}

	private long version() {
		this.entityManager.flush();
		return this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class, this.reportId);
	}

	private void inRolledBackTransaction(ThrowingRunnable test) {
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			try {
				test.run();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private Document page(MockHttpServletRequestBuilder request, WaymarkUser who) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, WaymarkUser who) throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf())).andReturn();
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
