package org.waymark.action;

/**
 * The rating of an action in an action plan: Blue complete, Green on track, Amber at risk
 * or slipping with remedial action in hand, Red off track or past its deadline without
 * completion. Amber uses the yellow tag, matching the programme status.
 */
public enum Brag {

	BLUE("govuk-tag--blue"), RED("govuk-tag--red"), AMBER("govuk-tag--yellow"), GREEN("govuk-tag--green");

	private final String tagClass;

	Brag(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "brag." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

	public boolean complete() {
		return this == BLUE;
	}

}
