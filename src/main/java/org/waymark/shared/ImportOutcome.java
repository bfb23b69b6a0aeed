package org.waymark.shared;

/** What confirming an imported row will do, as its preview shows it. */
public enum ImportOutcome {

	NEW("govuk-tag--green"), CHANGED("govuk-tag--blue"), NO_CHANGE("govuk-tag--grey"), ERROR("govuk-tag--red");

	private final String tagClass;

	ImportOutcome(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "import.outcome." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
