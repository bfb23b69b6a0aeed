package org.waymark.reminder;

/**
 * A reminder written and addressed, not yet sent.
 *
 * @param programmeLabel the programme as the plan names it, "Priority 2: Better start"
 * @param daysBefore for {@link ReminderKind#DUE_SOON}, the days before the due date it is
 * sent for; otherwise null
 */
record Letter(ReminderKind kind, long planId, long periodId, Long programmeId, Integer daysBefore, String recipientName,
		String recipientEmail, String planTitle, String quarterLabel, String programmeLabel, String auditSubject,
		String subject, String body) {

	/** What makes two letters the same reminder, so that it is not sent twice. */
	ReminderKey key() {
		return new ReminderKey(this.kind, this.periodId, this.programmeId, this.recipientEmail, this.daysBefore);
	}

}
