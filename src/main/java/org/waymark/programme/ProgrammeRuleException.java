package org.waymark.programme;

/**
 * A change to a programme or delivery group that its rules refuse, named by a message key
 * so that the page can say why.
 */
public class ProgrammeRuleException extends RuntimeException {

	private final String messageKey;

	public ProgrammeRuleException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
