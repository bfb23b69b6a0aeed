package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.report.WorkflowActors.Actor;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two people editing the same report never overwrite each other silently (issue 4, item
 * 9), on PostgreSQL with real transactions: a save made from a form showing text that has
 * since changed is refused and shows both texts; two saves at the same moment, even of
 * different parts of the report, cannot both succeed, because every save bumps the
 * report's version.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ConcurrentReportEditsIT {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	private WorkflowActors actors;

	private WritingDraft draft;

	private long reportId;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@BeforeEach
	void draft() {
		this.draft = new WritingDraft(this.jdbc, this.entityManager, this.transactions);
		this.actors = new WorkflowActors(this.users, this.draft.programmeId());
		this.reportId = this.draft.reset((report) -> {
			report.setStatus(Rag.AMBER, "Stored reason");
			report.section(SectionType.RISKS).write("Stored risk text");
		});
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void saveFromAFormShowingOlderTextIsRefusedAndTheStoredTextKept() {
		String seen = fingerprintOfRisks();
		this.drafting.saveSection(this.reportId, SectionType.RISKS, "Admin's risk text", false, seen, admin());

		assertThatThrownBy(() -> this.drafting.saveSection(this.reportId, SectionType.RISKS, "Lead's risk text", false,
				seen, lead()))
			.isInstanceOf(EditConflictException.class);
		assertThat(storedSection(SectionType.RISKS)).isEqualTo("Admin's risk text");

		String seenStatus = fingerprintOfStatus();
		this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason", seenStatus, admin());
		assertThatThrownBy(
				() -> this.drafting.saveStatus(this.reportId, Rag.GREEN, "Lead's reason", seenStatus, lead()))
			.isInstanceOf(EditConflictException.class);
		assertThat(stored("overall_status || ' ' || status_reason")).isEqualTo("RED Admin's reason");
	}

	@Test
	void savingSomethingElseInTheReportDoesNotMakeTheFormStale() {
		String seen = fingerprintOfRisks();
		this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason", fingerprintOfStatus(), admin());

		this.drafting.saveSection(this.reportId, SectionType.RISKS, "Lead's risk text", false, seen, lead());

		assertThat(storedSection(SectionType.RISKS)).isEqualTo("Lead's risk text");
	}

	@Test
	void staleSectionFormAnswers409WithTheStoredTextBesideTheirsAndSavesOnceTheyHaveSeenIt() throws Exception {
		String seen = fingerprintOfRisks();
		this.drafting.saveSection(this.reportId, SectionType.RISKS, "Admin wrote this meanwhile", false, seen, admin());

		MvcResult conflict = this.mvc
			.perform(post("/reports/{id}/edit/sections/risks", this.reportId).with(user(leadPrincipal()))
				.with(csrf())
				.param("body", "Lead typed this on the stale form")
				.param("fingerprint", seen))
			.andReturn();

		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		String page = conflict.getResponse().getContentAsString();
		assertThat(page).contains("Admin wrote this meanwhile").contains("Lead typed this on the stale form");
		assertThat(page).contains("id=\"stored-text\"").contains("govuk-error-summary");
		assertThat(storedSection(SectionType.RISKS)).isEqualTo("Admin wrote this meanwhile");

		// The form now carries the stored text's fingerprint: saving again replaces it
		// knowingly.
		this.mvc
			.perform(post("/reports/{id}/edit/sections/risks", this.reportId).with(user(leadPrincipal()))
				.with(csrf())
				.param("body", "Lead typed this on the stale form")
				.param("fingerprint", hiddenFingerprint(page)))
			.andReturn();
		assertThat(storedSection(SectionType.RISKS)).isEqualTo("Lead typed this on the stale form");
	}

	@Test
	void staleStatusFormAnswers409WithTheStoredStatusBesideTheirs() throws Exception {
		String seen = fingerprintOfStatus();
		this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason written meanwhile", seen, admin());

		MvcResult conflict = this.mvc
			.perform(post("/reports/{id}/edit/status", this.reportId).with(user(leadPrincipal()))
				.with(csrf())
				.param("status", "GREEN")
				.param("reason", "Lead's reason on the stale form")
				.param("fingerprint", seen))
			.andReturn();

		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		String page = conflict.getResponse().getContentAsString();
		assertThat(page).contains("Admin&#39;s reason written meanwhile")
			.contains("Lead&#39;s reason on the stale form");
		assertThat(stored("overall_status || ' ' || status_reason")).isEqualTo("RED Admin's reason written meanwhile");
	}

	@Test
	void aSectionSaveAndAStatusSaveAtTheSameMomentCannotBothSucceed() throws Exception {
		long versionBefore = version();
		CountDownLatch bothHaveRead = new CountDownLatch(2);
		String risks = fingerprintOfRisks();
		String status = fingerprintOfStatus();

		Future<Throwable> sectionSave = this.threads.submit(() -> inTransaction(bothHaveRead, () -> this.drafting
			.saveSection(this.reportId, SectionType.RISKS, "Lead's risk text", false, risks, lead())));
		Future<Throwable> statusSave = this.threads.submit(() -> inTransaction(bothHaveRead,
				() -> this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason", status, admin())));
		Throwable sectionFailure = sectionSave.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		Throwable statusFailure = statusSave.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		// Without the version bump they touch different rows and would both commit.
		List<Throwable> failures = new ArrayList<>();
		if (sectionFailure != null) {
			failures.add(sectionFailure);
		}
		if (statusFailure != null) {
			failures.add(statusFailure);
		}
		assertThat(failures).singleElement().isInstanceOf(ObjectOptimisticLockingFailureException.class);
		if (sectionFailure == null) {
			assertThat(storedSection(SectionType.RISKS)).isEqualTo("Lead's risk text");
			assertThat(stored("status_reason")).isEqualTo("Stored reason");
		}
		else {
			assertThat(storedSection(SectionType.RISKS)).isEqualTo("Stored risk text");
			assertThat(stored("status_reason")).isEqualTo("Admin's reason");
		}
		assertThat(version()).isGreaterThan(versionBefore);
	}

	@Test
	void twoSavesOfTheSameSectionAtTheSameMomentCannotBothSucceed() throws Exception {
		CountDownLatch bothHaveRead = new CountDownLatch(2);
		String seen = fingerprintOfRisks();

		Future<Throwable> first = this.threads.submit(() -> inTransaction(bothHaveRead, () -> this.drafting
			.saveSection(this.reportId, SectionType.RISKS, "First person's text", false, seen, lead())));
		Future<Throwable> second = this.threads.submit(() -> inTransaction(bothHaveRead, () -> this.drafting
			.saveSection(this.reportId, SectionType.RISKS, "Second person's text", false, seen, admin())));
		Throwable firstFailure = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		Throwable secondFailure = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		assertThat((firstFailure == null) != (secondFailure == null))
			.as("exactly one save succeeds: %s, %s", firstFailure, secondFailure)
			.isTrue();
		Throwable failure = (firstFailure != null) ? firstFailure : secondFailure;
		assertThat(failure).isInstanceOf(ObjectOptimisticLockingFailureException.class);
		assertThat(storedSection(SectionType.RISKS))
			.isEqualTo((firstFailure == null) ? "First person's text" : "Second person's text");
	}

	@Test
	void eachSaveBumpsTheReportsVersion() {
		long before = version();

		this.drafting.saveSection(this.reportId, SectionType.ISSUES, "An issue", false,
				fingerprintOf(SectionType.ISSUES), lead());
		assertThat(version()).isEqualTo(before + 1);

		this.drafting.saveStatus(this.reportId, Rag.GREEN, "Back on track", fingerprintOfStatus(), lead());
		assertThat(version()).isGreaterThan(before + 1);
	}

	/**
	 * The losing save of a race reaches the person as the 409 page with what they typed,
	 * not as an error: the admin's status save holds the report's row while the lead's
	 * section save, which read the report before, waits to bump the version; when the
	 * admin's commits, the lead's fails the version check.
	 */
	@Test
	void saveThatLosesARaceAnswers409WithTheTextTyped() throws Exception {
		CountDownLatch adminHasWritten = new CountDownLatch(1);
		CountDownLatch adminMayCommit = new CountDownLatch(1);
		String status = fingerprintOfStatus();
		String risks = fingerprintOfRisks();

		Future<Throwable> adminSave = this.threads.submit(() -> {
			try {
				this.transactions.executeWithoutResult((tx) -> {
					this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason", status, admin());
					// Writes the status now, holding the report's row until commit.
					this.entityManager.flush();
					adminHasWritten.countDown();
					await(adminMayCommit);
				});
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		await(adminHasWritten);
		Future<MvcResult> leadSave = this.threads.submit(
				() -> this.mvc
					.perform(post("/reports/{id}/edit/sections/risks", this.reportId).with(user(leadPrincipal()))
						.with(csrf())
						.param("body", "Lead's risk text that lost the race")
						.param("fingerprint", risks))
					.andReturn());
		awaitABlockedSave(leadSave);
		adminMayCommit.countDown();

		assertThat(adminSave.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNull();
		MvcResult lost = leadSave.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(lost.getResponse().getStatus()).isEqualTo(409);
		assertThat(lost.getResponse().getContentAsString()).contains("Lead&#39;s risk text that lost the race")
			.contains("Stored risk text")
			.contains("id=\"stored-text\"");
		assertThat(storedSection(SectionType.RISKS)).isEqualTo("Stored risk text");
		assertThat(stored("status_reason")).isEqualTo("Admin's reason");
	}

	/**
	 * A submission racing a save: the lead's submit read the report before the admin's
	 * status save committed, so it fails the version check, and is told the report moved
	 * on (409) rather than shown an error.
	 */
	@Test
	void submissionThatLosesARaceAnswersTheMovedOnPage() throws Exception {
		this.reportId = this.draft.reset(WritingDraft::complete);
		long seenVersion = version();
		CountDownLatch adminHasWritten = new CountDownLatch(1);
		CountDownLatch adminMayCommit = new CountDownLatch(1);
		String status = fingerprintOfStatus();

		Future<Throwable> adminSave = this.threads.submit(() -> {
			try {
				this.transactions.executeWithoutResult((tx) -> {
					this.drafting.saveStatus(this.reportId, Rag.RED, "Admin's reason", status, admin());
					this.entityManager.flush();
					adminHasWritten.countDown();
					await(adminMayCommit);
				});
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});
		await(adminHasWritten);
		Future<MvcResult> submit = this.threads.submit(
				() -> this.mvc
					.perform(post("/reports/{id}/submit", this.reportId).with(user(leadPrincipal()))
						.with(csrf())
						.param("version", String.valueOf(seenVersion)))
					.andReturn());
		awaitABlockedSave(submit);
		adminMayCommit.countDown();

		assertThat(adminSave.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNull();
		MvcResult lost = submit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(lost.getResponse().getStatus()).isEqualTo(409);
		assertThat(lost.getResponse().getContentAsString()).contains("/reports/" + this.reportId + "\"");
		assertThat(stored("state")).isEqualTo("DRAFT");
		assertThat(stored("status_reason")).isEqualTo("Admin's reason");
	}

	/**
	 * A double click on "start" sends two requests at once: the second, which could not
	 * see the first's uncommitted report and so inserts its own, opens the report the
	 * first started instead of failing. Programme 2 in the quarter open for returns,
	 * which no other test writes; the report is deleted afterwards.
	 */
	@Test
	void startingTheSameReportTwiceAtOnceOpensTheOneStarted() throws Exception {
		long programmeId = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).programmeId(2);
		long periodId = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).periodId(2017, "Q4");
		assertThat(reportsOf(programmeId, periodId)).as("no report yet").isEmpty();
		CountDownLatch firstHasInserted = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		try {
			Future<Long> first = this.threads.submit(() -> this.transactions.execute((tx) -> {
				long id = this.drafting.start(programmeId, periodId, admin());
				firstHasInserted.countDown();
				await(firstMayCommit);
				return id;
			}));
			await(firstHasInserted);
			Future<MvcResult> second = this.threads.submit(
					() -> this.mvc
						.perform(post("/programmes/{p}/periods/{q}/report", programmeId, periodId)
							.with(user(this.actors.principal(Actor.ADMIN)))
							.with(csrf()))
						.andReturn());
			awaitABlockedSave(second);
			firstMayCommit.countDown();

			long started = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			MvcResult opened = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			assertThat(opened.getResponse().getStatus()).isEqualTo(302);
			assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/reports/" + started + "/edit");
			assertThat(reportsOf(programmeId, periodId)).containsExactly(started);
		}
		finally {
			firstMayCommit.countDown();
			this.transactions.executeWithoutResult((tx) -> reportsOf(programmeId, periodId)
				.forEach((id) -> this.entityManager.remove(this.entityManager.find(HighlightReport.class, id))));
		}
	}

	private List<Long> reportsOf(long programmeId, long periodId) {
		return this.jdbc.queryForList(
				"select id from highlight_report where programme_id = ? and reporting_period_id = ? order by id",
				Long.class, programmeId, periodId);
	}

	/**
	 * Runs the save in a transaction that commits only once both racing saves have read
	 * the report; answers what the commit threw, or null.
	 */
	private Throwable inTransaction(CountDownLatch bothHaveRead, Runnable save) {
		try {
			this.transactions.executeWithoutResult((tx) -> {
				save.run();
				bothHaveRead.countDown();
				await(bothHaveRead);
			});
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	/** Waits until PostgreSQL shows a session of this database waiting for a row lock. */
	private void awaitABlockedSave(Future<?> save) throws InterruptedException {
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(giveUp)) {
			Integer waiting = this.jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where datname = current_database() and wait_event_type = 'Lock'""", Integer.class);
			if (waiting != null && waiting > 0) {
				return;
			}
			if (save.isDone()) {
				throw new AssertionError("The lead's save finished without waiting for the admin's");
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The lead's save never waited for the admin's");
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
				throw new IllegalStateException("The other save never came");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String hiddenFingerprint(String page) {
		Matcher matcher = Pattern
			.compile("name=\"fingerprint\" value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"fingerprint\"")
			.matcher(page);
		assertThat(matcher.find()).as("the form carries a fingerprint").isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private String fingerprintOfRisks() {
		return fingerprintOf(SectionType.RISKS);
	}

	private String fingerprintOf(SectionType type) {
		return this.transactions.execute((tx) -> ReportDraftingService
			.sectionFingerprint(this.entityManager.find(HighlightReport.class, this.reportId).section(type)));
	}

	private String fingerprintOfStatus() {
		return this.transactions.execute((tx) -> ReportDraftingService
			.statusFingerprint(this.entityManager.find(HighlightReport.class, this.reportId)));
	}

	private String storedSection(SectionType type) {
		return this.jdbc.queryForObject("select body from report_section where report_id = ? and section_type = ?",
				String.class, this.reportId, type.name());
	}

	private String stored(String expression) {
		return this.jdbc.queryForObject("select " + expression + " from highlight_report where id = ?", String.class,
				this.reportId);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class, this.reportId);
	}

	private Authentication admin() {
		return this.actors.of(Actor.ADMIN);
	}

	private Authentication lead() {
		return this.actors.of(Actor.OWN_LEAD);
	}

	private org.waymark.user.WaymarkUser leadPrincipal() {
		return this.actors.principal(Actor.OWN_LEAD);
	}

}
