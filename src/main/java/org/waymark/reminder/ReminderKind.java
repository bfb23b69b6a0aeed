package org.waymark.reminder;

/** Why a reminder was written. */
public enum ReminderKind {

	/** To each lead, when their quarter opens for returns. */
	QUARTER_OPENED,
	/** To each lead whose report is not in, a set number of days before it is due. */
	DUE_SOON,
	/** To each admin, once a programme's report is past its due date and not in. */
	OVERDUE,
	/** To a programme's leads, when the business manager chases their return. */
	CHASER;

	public String messageKey() {
		return "reminder.kind." + name();
	}

}
