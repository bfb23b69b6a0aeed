package org.waymark.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.DisplayDates;
import org.waymark.user.UserQueries.Contact;

import java.util.List;
import java.util.Locale;

/**
 * Writes reminders: the subject and text of each kind, in the plan's words for its
 * programmes ("Priority 2"), naming the quarter and its due date, with a link into
 * Waymark. The words are in messages.properties, like every other text people read.
 */
@Component
class ReminderLetters {

	private final MessageSource messages;

	private final String baseUrl;

	ReminderLetters(MessageSource messages, @Value("${waymark.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** To a lead, when the quarter opens for returns. */
	Letter quarterOpened(ReportingPeriod period, ImprovementProgramme programme, Contact lead) {
		return toLead(ReminderKind.QUARTER_OPENED, null, period, programme, lead);
	}

	/** To a lead whose report is not in, {@code daysBefore} days before it is due. */
	Letter dueSoon(ReportingPeriod period, ImprovementProgramme programme, Contact lead, int daysBefore) {
		return toLead(ReminderKind.DUE_SOON, daysBefore, period, programme, lead);
	}

	/** To a lead, when the business manager chases their return. */
	Letter chaser(ReportingPeriod period, ImprovementProgramme programme, Contact lead) {
		return toLead(ReminderKind.CHASER, null, period, programme, lead);
	}

	/** To an admin: the programme's report is past its due date and not in. */
	Letter overdue(ReportingPeriod period, ImprovementProgramme programme, Contact admin, List<String> leadNames) {
		String leads = leadNames.isEmpty() ? message("reminder.mail.noLeads") : String.join(", ", leadNames);
		return letter(ReminderKind.OVERDUE, null, period, programme, admin, leads, this.baseUrl + "/returns");
	}

	private Letter toLead(ReminderKind kind, Integer daysBefore, ReportingPeriod period, ImprovementProgramme programme,
			Contact lead) {
		return letter(kind, daysBefore, period, programme, lead, null, this.baseUrl + "/reports/mine");
	}

	private Letter letter(ReminderKind kind, Integer daysBefore, ReportingPeriod period, ImprovementProgramme programme,
			Contact recipient, String leads, String link) {
		Plan plan = period.getPlan();
		String programmeLabel = programmeLabel(plan, programme);
		String quarter = period.longLabel();
		String due = (period.getDueDate() != null)
				? message("reminder.mail.dueBy", DisplayDates.format(period.getDueDate()))
				: message("reminder.mail.noDueDate");
		String key = "reminder.mail." + kind.name();
		String subject = message(key + ".subject", programmeLabel, quarter, due);
		String body = message(key + ".body", recipient.name(), quarter, plan.getTitle(), programmeLabel, due, link,
				leads);
		return new Letter(kind, plan.getId(), period.getId(), programme.getId(), daysBefore, recipient.name(),
				recipient.email(), plan.getTitle(), quarter, programmeLabel,
				plan.programmeLabel(programme.getNumber()) + ", " + period.label(), subject, body);
	}

	/** "Priority 2: Best start in life". */
	static String programmeLabel(Plan plan, ImprovementProgramme programme) {
		return plan.programmeLabel(programme.getNumber()) + ": " + programme.getTitle();
	}

	/** The audit log's sentence for a reminder and what became of it. */
	String auditSummary(Letter letter, ReminderOutcome outcome) {
		return message("reminder.audit." + outcome.name(), message("reminder.noun." + letter.kind().name()),
				letter.recipientName(), letter.recipientEmail());
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, Locale.UK);
	}

}
