package org.waymark.admin.web;

/**
 * Where a task of a plan's set-up stands, as the GOV.UK task list pattern names it: a
 * finished task in plain text, the others as tags.
 */
public enum TaskStatus {

	COMPLETED(null), INCOMPLETE("govuk-tag--light-blue"), NOT_STARTED("govuk-tag--blue"),
	CANNOT_START("govuk-tag--grey");

	private final String tagClass;

	TaskStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "planSetup.status." + name();
	}

	/** The tag's class, or null for a status shown as plain text. */
	public String tagClass() {
		return this.tagClass;
	}

}
