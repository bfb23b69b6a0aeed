package org.waymark.action;

import java.io.Serializable;
import java.util.List;

/**
 * What the add, change and remove pages of the register need: the plan, its sources, and
 * the recommendation as stored (absent when adding).
 *
 * @param programmeTerm what the plan calls a programme, capitalised: "Priority"
 * @param sources the plan's sources, offered to choose from
 * @param recommendation the recommendation as stored, or {@code null} when adding
 * @param answeredBy the actions that answer it, which stop it being removed; empty when
 * adding
 */
public record RecommendationEditing(long planId, String planTitle, String programmeTerm, List<String> sources,
		Stored recommendation, List<ActionListing> answeredBy) {

	public RecommendationEditing {
		sources = List.copyOf(sources);
		answeredBy = List.copyOf(answeredBy);
	}

	/** A recommendation as stored, with the version a change must be based on. */
	public record Stored(long id, String source, int number, String text, long version) {
	}

	/**
	 * What an administrator asks for when adding or changing a recommendation; also what
	 * the register's success message names, carried in the session across the redirect.
	 *
	 * @param text the wording, or {@code null} when not recorded
	 */
	public record Change(String source, int number, String text) implements Serializable {
	}

}
