package org.waymark.reminder;

/** What became of a reminder. */
public enum ReminderOutcome {

	/** Handed to the mail server. */
	SENT("govuk-tag--green"),
	/**
	 * Not sent because no mail server is configured: listed in the application for the
	 * admin to pass on.
	 */
	LISTED("govuk-tag--yellow"),
	/** The mail server refused it or could not be reached; the reason is kept. */
	FAILED("govuk-tag--red");

	private final String tagClass;

	ReminderOutcome(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "reminder.outcome." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
