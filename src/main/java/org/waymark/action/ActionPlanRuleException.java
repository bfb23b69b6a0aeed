package org.waymark.action;

/**
 * A change the rules of action plans refuse, such as removing an objective that still has
 * actions; carries the message key of the reason, for the page that refuses.
 */
public class ActionPlanRuleException extends RuntimeException {

	private final String messageKey;

	public ActionPlanRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
