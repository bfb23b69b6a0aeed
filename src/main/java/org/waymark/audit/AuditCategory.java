package org.waymark.audit;

/**
 * The kinds of thing the audit log records; an admin filters the log by these. Stored by
 * name, so new categories go at the end or anywhere without a migration.
 */
public enum AuditCategory {

	/** A successful sign-in. */
	SIGN_IN,
	/** A sign-in refused: wrong password, unknown or disabled account. */
	SIGN_IN_FAILED,
	/** Sign-ins refused for a while after repeated failures. */
	SIGN_IN_THROTTLED,
	/** Passwords set, changed or reset, and one-time links issued. */
	PASSWORD,
	/** Accounts created, changed, disabled or enabled. */
	USER,
	/** Roles, programme assignments and scrutiny championships given or taken away. */
	PERMISSION,
	/** Highlight reports started, submitted, returned, published or corrected. */
	REPORT,
	/** Plans, programmes and delivery groups set up or changed. */
	PLAN,
	/** Reporting quarters generated, opened or closed. */
	CALENDAR,
	/** Reminders and chasers sent (or listed for want of a mail server). */
	REMINDER,
	/** Executive summaries drafted or published. */
	SUMMARY;

	public String messageKey() {
		return "audit.category." + name();
	}

	/** The GOV.UK tag colour the log shows the category in: refusals stand out in red. */
	public String tagClass() {
		return switch (this) {
			case SIGN_IN_FAILED, SIGN_IN_THROTTLED -> "govuk-tag--red";
			case SIGN_IN -> "govuk-tag--green";
			case PASSWORD, USER, PERMISSION -> "govuk-tag--purple";
			case REPORT, SUMMARY -> "govuk-tag--blue";
			case PLAN, CALENDAR -> "govuk-tag--turquoise";
			case REMINDER -> "govuk-tag--yellow";
		};
	}

}
