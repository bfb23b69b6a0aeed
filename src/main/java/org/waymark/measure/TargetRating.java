package org.waymark.measure;

/**
 * How a measure's latest figure stands against its target. Tags carry words as well as
 * colour: green for on track, amber for close, red for off track, and grey for a measure
 * that cannot be assessed (so "not assessed" is never read as a rating).
 */
public enum TargetRating {

	GREEN("govuk-tag--green"), AMBER("govuk-tag--yellow"), RED("govuk-tag--red"), NOT_ASSESSED("govuk-tag--grey");

	private final String tagClass;

	TargetRating(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "targetRating." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
