package org.waymark.reminder;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.Quarter;
import org.waymark.plan.QuarterOpened;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportExemption;
import org.waymark.report.SectionType;
import org.waymark.user.Role;
import org.waymark.user.UserAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A plan of the test's own, which calls its programmes "priorities", with its first
 * quarter (2030/31 Q1, due 15 July 2030) and people with unique email addresses:
 * integration tests share one database, so nothing here touches the demo plan.
 * <ul>
 * <li>priority 1: {@code lead} (enabled) and {@code disabledLead} — a report to
 * write;</li>
 * <li>priority 2: {@code submittedLead}, whose report is submitted;</li>
 * <li>priority 3: {@code exemptLead}, exempt from reporting this quarter;</li>
 * <li>{@code admin}: an enabled admin, told of overdue reports.</li>
 * </ul>
 */
final class ReminderPlans {

	static final LocalDate DUE = LocalDate.of(2030, 7, 15);

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ReminderPlans(EntityManager entityManager, TransactionTemplate transactions, JdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Made, with its quarter still upcoming. */
	TestPlan create() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return this.transactions.execute((tx) -> {
			Plan plan = new Plan("Reminder test plan " + tag, "REM " + tag, new FinancialYear(2030),
					new FinancialYear(2032));
			plan.nameProgrammes("priority", "priorities");
			this.entityManager.persist(plan);
			ReportingPeriod period = new ReportingPeriod(plan,
					new ReportingQuarter(new FinancialYear(2030), Quarter.Q1), DUE);
			this.entityManager.persist(period);
			ImprovementProgramme first = programme(plan, 1, "Best start in life");
			ImprovementProgramme second = programme(plan, 2, "Safe at home");
			ImprovementProgramme third = programme(plan, 3, "Ready for work");
			UserAccount lead = user("lead-" + tag, "Rhian Reminded " + tag, Role.LEAD, first);
			UserAccount disabled = user("disabled-" + tag, "Dai Disabled " + tag, Role.LEAD, first);
			disabled.setEnabled(false);
			UserAccount submitted = user("submitted-" + tag, "Sian Submitted " + tag, Role.LEAD, second);
			UserAccount exempt = user("exempt-" + tag, "Emyr Exempt " + tag, Role.LEAD, third);
			UserAccount admin = user("admin-" + tag, "Alys Admin " + tag, Role.ADMIN, null);
			HighlightReport report = new HighlightReport(second, period);
			report.setStatus(Rag.GREEN, "On track");
			for (SectionType type : SectionType.values()) {
				report.section(type).markNilReturn();
			}
			report.submit(submitted.getUsername(), Instant.parse("2030-07-01T09:00:00Z"));
			this.entityManager.persist(report);
			this.entityManager.persist(new ReportExemption(third, period, "Inspection this quarter"));
			return new TestPlan(plan.getId(), period.getId(), first.getId(), plan.getTitle(), lead.getUsername(),
					lead.getDisplayName(), disabled.getUsername(), submitted.getUsername(), exempt.getUsername(),
					admin.getUsername());
		});
	}

	/** Opens the quarter for returns and says so, as the reporting calendar does. */
	void open(TestPlan plan) {
		this.transactions.executeWithoutResult((tx) -> {
			this.entityManager.find(ReportingPeriod.class, plan.periodId()).setState(ReportingPeriodState.OPEN);
			this.events.publishEvent(new QuarterOpened(plan.planId(), plan.periodId()));
		});
	}

	/**
	 * Closes the quarter, so that it leaves the returns pages and the daily job of the
	 * tests that follow.
	 */
	void close(TestPlan plan) {
		this.jdbc.update("update reporting_period set state = 'CLOSED' where id = ?", plan.periodId());
	}

	private ImprovementProgramme programme(Plan plan, int number, String title) {
		ImprovementProgramme programme = new ImprovementProgramme(plan, number, title, null);
		this.entityManager.persist(programme);
		return programme;
	}

	private UserAccount user(String name, String displayName, Role role, ImprovementProgramme programme) {
		UserAccount user = new UserAccount(name + "@reminders.example.org", displayName, "{noop}unused",
				EnumSet.of(role));
		if (programme != null) {
			user.getAssignedProgrammes().add(programme);
		}
		this.entityManager.persist(user);
		return user;
	}

	/** The ids and addresses of a plan made for a test. */
	record TestPlan(long planId, long periodId, long firstProgrammeId, String title, String lead, String leadName,
			String disabledLead, String submittedLead, String exemptLead, String admin) {

		Set<String> leadsWithNothingToWrite() {
			return Set.of(this.disabledLead, this.submittedLead, this.exemptLead);
		}

	}

}
