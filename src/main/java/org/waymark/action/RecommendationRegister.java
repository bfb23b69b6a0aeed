package org.waymark.action;

import java.util.List;

/**
 * A plan's register of recommendations, grouped by source ("Ofsted 2017") and in number
 * order within each.
 *
 * @param canEdit whether the reader may add, change and remove recommendations
 */
public record RecommendationRegister(long planId, String planTitle, List<SourceGroup> sources, boolean canEdit) {

	public RecommendationRegister {
		sources = List.copyOf(sources);
	}

	/** The recommendations of one source. */
	public record SourceGroup(String source, List<Entry> recommendations) {

		public SourceGroup {
			recommendations = List.copyOf(recommendations);
		}

	}

	/**
	 * One recommendation.
	 *
	 * @param text its wording, or {@code null} when not recorded
	 * @param linkedActions how many actions the reader can see answer it
	 */
	public record Entry(long id, int number, String text, long linkedActions) {
	}

}
