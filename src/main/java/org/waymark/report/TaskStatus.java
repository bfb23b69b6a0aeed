package org.waymark.report;

/**
 * How far a part of a highlight report has got, as the report's task list shows it
 * (GOV.UK "complete multiple tasks" pattern).
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, OPTIONAL, NOT_APPLICABLE;

	/** Done, or not needed: nothing here stops the report being submitted. */
	public boolean settled() {
		return this == COMPLETED || this == OPTIONAL || this == NOT_APPLICABLE;
	}

	public String messageKey() {
		return "task.status." + name();
	}

	/**
	 * GOV.UK shows finished tasks as plain text and the rest as tags; null means plain.
	 */
	public String tagClass() {
		return switch (this) {
			case NOT_STARTED -> "govuk-tag--blue";
			case IN_PROGRESS -> "govuk-tag--light-blue";
			case COMPLETED, OPTIONAL, NOT_APPLICABLE -> null;
		};
	}

	static TaskStatus of(int done, int total) {
		if (total == 0 || done >= total) {
			return COMPLETED;
		}
		return (done == 0) ? NOT_STARTED : IN_PROGRESS;
	}

}
