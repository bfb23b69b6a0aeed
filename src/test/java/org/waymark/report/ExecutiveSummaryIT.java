package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.ExecutiveSummaryService.SummaryPage;
import org.waymark.shared.NotFoundException;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The business manager drafts the demo's 2017/18 Q3 executive summary from the quarter's
 * highlight reports (PostgreSQL), and it says in substance what the March 2018 pack's
 * summary, the demo's published revision 1, says: six programmes on track and programme 7
 * amber, and its achievements and slippage points, each from its programme's report. She
 * edits and publishes it as revision 2; readers then read it, and revision 1 stays
 * readable. The drafting runs in a transaction rolled back at the end, so the demo data
 * other tests read is left as it was.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutiveSummaryIT {

	@Autowired
	private ExecutiveSummaryService summaries;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportQueries reportQueries;

	private long planId;

	private long q3;

	@BeforeAll
	void findTheQuarter() {
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		this.planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		this.q3 = fixtures.periodId(2017, "Q3");
	}

	@Test
	void theDraftFromTheQ3ReportsMatchesThePublishedSummaryAndIsEditedAndPublished() {
		Authentication admin = signIn("admin@example.org");
		Authentication scrutiny = signIn("scrutiny@example.org");
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			SummaryPage published = this.summaries.page(this.planId, this.q3, null, scrutiny);
			assertThat(published.summary().getRevision()).isEqualTo(1);

			int revision = this.summaries.generate(this.planId, this.q3, 1, published.summary().getVersion(), admin);

			assertThat(revision).isEqualTo(2);
			SummaryPage draft = this.summaries.draft(this.planId, this.q3, admin).orElseThrow();
			ExecutiveSummary summary = draft.summary();
			// Status table: six programmes green (programme 6, exempt, keeps the status
			// the
			// published summary gave it), programme 7 amber.
			Map<Integer, Rag> statuses = summary.getStatusRows()
				.stream()
				.collect(Collectors.toMap((row) -> row.getProgramme().getNumber(), ExecutiveSummaryStatus::getStatus));
			assertThat(statuses).containsEntry(1, Rag.GREEN)
				.containsEntry(2, Rag.GREEN)
				.containsEntry(3, Rag.GREEN)
				.containsEntry(4, Rag.GREEN)
				.containsEntry(5, Rag.GREEN)
				.containsEntry(6, Rag.GREEN)
				.containsEntry(7, Rag.AMBER);
			ExecutiveSummaryStatus programme6 = summary.getStatusRows().get(5);
			assertThat(programme6.getSource()).isEqualTo(SummaryReturn.EXEMPT);
			assertThat(programme6.getReason()).contains("Ofsted inspection");
			// The published summary's achievements, each from its programme's report.
			List<String> achievements = lines(summary.getAchievements());
			assertAttributed(achievements, "Family Support Service", 5);
			assertAttributed(achievements, "Self-harm", 3);
			assertAttributed(achievements, "91%", 4);
			assertAttributed(achievements, "Neglect Conference", 5);
			List<String> slippage = lines(summary.getSlippageIssuesRisks());
			assertAttributed(slippage, "local offer", 1);
			assertAttributed(slippage, "Charter Mark", 1);
			assertAttributed(slippage, "Virtual Meeting Rooms", 5);
			assertAttributed(slippage, "Think Family", 7);
			assertThat(summary.getNextQuarter()).isNotBlank();
			// The paper summary's own points come across left out, for her to choose.
			ExecutiveSummaryItem notes = draft.items()
				.stream()
				.filter((item) -> item.getText().startsWith("That the SCT Executive notes the progress"))
				.findFirst()
				.orElseThrow();
			assertThat(notes.isAddedByHand()).isTrue();
			assertThat(notes.isIncluded()).isFalse();
			assertThat(summary.getOverall()).as("the narrative carried from revision 1")
				.startsWith("This report gives an update on the period October to December 2017");

			// Readers still see revision 1 while revision 2 is a draft.
			assertThat(this.summaries.page(this.planId, this.q3, null, scrutiny).summary().getRevision()).isEqualTo(1);
			assertThatThrownBy(() -> this.summaries.page(this.planId, this.q3, 2, scrutiny))
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.summaries.generate(this.planId, this.q3, 2, summary.getVersion(), scrutiny))
				.isInstanceOf(AccessDeniedException.class);

			this.summaries.save(this.planId, this.q3, summary.getVersion(),
					new SummaryEdit("end December 2017", "Revision 2 of the Q3 summary.", List.of(),
							List.of(new SummaryEdit.ItemEdit(notes.getId(), notes.getText(), false)), null),
					null, admin);
			assertThatThrownBy(() -> this.summaries.publish(this.planId, this.q3, summary.getVersion() - 1, admin))
				.isInstanceOf(StaleSummaryException.class);
			ExecutiveSummary saved = this.summaries.draft(this.planId, this.q3, admin).orElseThrow().summary();
			assertThat(this.summaries.publish(this.planId, this.q3, saved.getVersion(), admin)).isEmpty();

			SummaryPage read = this.summaries.page(this.planId, this.q3, null, scrutiny);
			assertThat(read.summary().getRevision()).isEqualTo(2);
			assertThat(read.summary().getOverall()).isEqualTo("Revision 2 of the Q3 summary.");
			assertThat(read.summary().getDecisionsRequired())
				.contains("That the SCT Executive notes the progress for all 7 programmes");
			assertThat(this.summaries.page(this.planId, this.q3, 1, scrutiny).summary().getAchievements())
				.as("revision 1 as published")
				.startsWith("- The consultation on the future delivery of the Family Support Service");
			// What the committee pack and the quarter view read: the latest published
			// revision, one of two published.
			assertThat(this.reportQueries.publishedSummaryOf(this.q3)).map(ExecutiveSummary::getRevision).contains(2);
			assertThat(this.summaries.offerFor(this.q3, scrutiny).wordFile()).isTrue();
		});
	}

	@Test
	void readersSeeThePublishedSummaryPageAndAdminsCanDraftOne() throws Exception {
		String path = "/plans/" + this.planId + "/quarters/" + this.q3 + "/summary";
		this.mvc.perform(get(path).with(authentication(signIn("scrutiny@example.org")))).andExpect(status().isOk());
		this.mvc.perform(get(path + "/edit").with(authentication(signIn("executive@example.org"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(authentication(signIn("admin@example.org")))).andExpect(status().isOk());
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\n"));
	}

	private static void assertAttributed(List<String> lines, String phrase, int programme) {
		assertThat(lines).as("a point about \"%s\" from programme %d", phrase, programme).anySatisfy((line) -> {
			assertThat(line).startsWith("- ").containsIgnoringCase(phrase);
			assertThat(line).endsWith("(Programme " + programme + ")");
		});
	}

	private Authentication signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

}
