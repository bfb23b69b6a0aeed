package org.waymark.risk;

/** Progress of one mitigating action against a risk. */
public enum MitigationStatus {

	PLANNED("govuk-tag--grey"), IN_PROGRESS("govuk-tag--blue"), COMPLETE("govuk-tag--green");

	private final String tagClass;

	MitigationStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "mitigation.status." + name();
	}

	/** The tag's colour, which only repeats the status the words give. */
	public String tagClass() {
		return this.tagClass;
	}

}
