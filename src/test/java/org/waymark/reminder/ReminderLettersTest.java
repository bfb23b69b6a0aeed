package org.waymark.reminder;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.Quarter;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.user.UserQueries.Contact;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of each reminder, from messages.properties. */
class ReminderLettersTest {

	private final ReminderLetters letters = new ReminderLetters(messages(), "https://waymark.example.org/");

	private final Contact lead = new Contact("Rhian Reminded", "rhian@example.org");

	@Test
	void theOpeningReminderNamesTheProgrammeInThePlansWordsTheQuarterAndTheDueDate() {
		Letter letter = this.letters.quarterOpened(period(LocalDate.of(2030, 7, 15)), programme(), this.lead);

		assertThat(letter.kind()).isEqualTo(ReminderKind.QUARTER_OPENED);
		assertThat(letter.recipientEmail()).isEqualTo("rhian@example.org");
		assertThat(letter.subject())
			.isEqualTo("Year 1 Q1 (April–June 2030) is open: your highlight report for Priority 2: Safe at home"
					+ " is due by 15 July 2030");
		assertThat(letter.body()).startsWith("Dear Rhian Reminded,\n\n")
			.contains("Year 1 Q1 (April–June 2030) of Children's Plan 2030–2033 is now open for returns.")
			.contains("Priority 2: Safe at home. It is due by 15 July 2030.")
			.contains("https://waymark.example.org/reports/mine");
		assertThat(letter.auditSubject()).isEqualTo("Priority 2, 2030/31 Q1");
	}

	@Test
	void aQuarterWithoutADueDateSaysSoRatherThanNamingNone() {
		Letter letter = this.letters.chaser(period(null), programme(), this.lead);

		assertThat(letter.subject()).endsWith("due when you can (no due date is set)");
		assertThat(letter.body()).doesNotContain("null");
	}

	@Test
	void theOverdueNoticeNamesTheLeadsAndLinksToTheReturnsPage() {
		Letter letter = this.letters.overdue(period(LocalDate.of(2030, 7, 15)), programme(),
				new Contact("Alys Admin", "alys@example.org"), List.of("Rhian Reminded", "Sian Second"));

		assertThat(letter.subject()).startsWith("Overdue:").contains("was due by 15 July 2030");
		assertThat(letter.body()).contains("Leads: Rhian Reminded, Sian Second")
			.contains("https://waymark.example.org/returns");
	}

	@Test
	void dueSoonRemindersAreKeptApartByTheirDaysBefore() {
		ReportingPeriod period = period(LocalDate.of(2030, 7, 15));
		Letter week = this.letters.dueSoon(period, programme(), this.lead, 7);
		Letter day = this.letters.dueSoon(period, programme(), this.lead, 1);

		assertThat(week.key()).isNotEqualTo(day.key());
		assertThat(week.key()).isEqualTo(this.letters.dueSoon(period, programme(), this.lead, 7).key());
	}

	@Test
	void theAuditLogSaysWhatBecameOfAReminder() {
		Letter letter = this.letters.chaser(period(LocalDate.of(2030, 7, 15)), programme(), this.lead);

		assertThat(this.letters.auditSummary(letter, ReminderOutcome.LISTED))
			.isEqualTo("Chaser listed for Rhian Reminded (rhian@example.org): no mail server");
	}

	private static Plan plan() {
		Plan plan = new Plan("Children's Plan 2030–2033", "CP", new FinancialYear(2030), new FinancialYear(2032));
		plan.nameProgrammes("priority", "priorities");
		ReflectionTestUtils.setField(plan, "id", 10L);
		return plan;
	}

	private static ReportingPeriod period(LocalDate due) {
		ReportingPeriod period = new ReportingPeriod(plan(), new ReportingQuarter(new FinancialYear(2030), Quarter.Q1),
				due);
		ReflectionTestUtils.setField(period, "id", 20L);
		return period;
	}

	private static ImprovementProgramme programme() {
		ImprovementProgramme programme = new ImprovementProgramme(plan(), 2, "Safe at home", null);
		ReflectionTestUtils.setField(programme, "id", 30L);
		return programme;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
