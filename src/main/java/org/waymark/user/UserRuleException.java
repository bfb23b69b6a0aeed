package org.waymark.user;

/**
 * A change to an account that the rules refuse: an email address another account has, or
 * an admin disabling themselves or taking away their own admin role. Carries the field it
 * concerns and the message that explains it.
 */
public class UserRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	UserRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field the rule concerns, or null for the whole form. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
