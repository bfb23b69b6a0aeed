package org.waymark.plan;

/**
 * A change to a plan or its calendar that its rules refuse, named by a message key so
 * that the page can say why in plain English.
 */
public class PlanRuleException extends RuntimeException {

	private final String messageKey;

	public PlanRuleException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
