package org.waymark.action;

import java.util.Collection;
import java.util.Objects;

/**
 * How well a recommendation is answered, from the ratings of the live actions that answer
 * it (an action carried forward into a later plan counts as its latest copy): no action
 * at all, every action complete (Blue), or work still in progress. An action not yet
 * rated counts as in progress: it exists but nobody has said it is done.
 */
public enum CoverageStatus {

	/** No action answers the recommendation: a gap in the plan. */
	NO_ACTION("govuk-tag--red"),

	/** Every action answering it is Blue. */
	ALL_COMPLETE("govuk-tag--blue"),

	/** At least one action answering it is not yet complete. */
	IN_PROGRESS("govuk-tag--grey");

	private final String tagClass;

	CoverageStatus(String tagClass) {
		this.tagClass = tagClass;
	}

	/**
	 * The coverage of a recommendation.
	 * @param ratings the current rating of each live action answering it, {@code null}
	 * for an action not yet rated
	 */
	public static CoverageStatus of(Collection<Brag> ratings) {
		Objects.requireNonNull(ratings, "ratings");
		if (ratings.isEmpty()) {
			return NO_ACTION;
		}
		return ratings.stream().allMatch((brag) -> brag == Brag.BLUE) ? ALL_COMPLETE : IN_PROGRESS;
	}

	/** Whether the recommendation needs a flag beside it: a gap, or finished work. */
	public boolean flagged() {
		return this != IN_PROGRESS;
	}

	public String messageKey() {
		return "coverage." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
