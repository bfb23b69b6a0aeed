package org.waymark.action;

import java.util.List;

/**
 * The coverage of one source's recommendations: for each, the live actions answering it
 * (an action carried forward shows as its latest copy) and whether it has none or all are
 * complete.
 *
 * @param programmeTerm what the plan calls a programme, capitalised: "Priority"
 * @param sources every source of the plan, for choosing another
 * @param source the source shown
 */
public record RecommendationCoverage(long planId, String planTitle, String programmeTerm, List<String> sources,
		String source, List<Covered> recommendations) {

	public RecommendationCoverage {
		sources = List.copyOf(sources);
		recommendations = List.copyOf(recommendations);
	}

	/** One recommendation with the live actions answering it. */
	public record Covered(long id, int number, String text, CoverageStatus status, List<ActionListing> actions) {

		public Covered {
			actions = List.copyOf(actions);
		}

	}

	public int noAction() {
		return count(CoverageStatus.NO_ACTION);
	}

	public int allComplete() {
		return count(CoverageStatus.ALL_COMPLETE);
	}

	public int inProgress() {
		return count(CoverageStatus.IN_PROGRESS);
	}

	private int count(CoverageStatus status) {
		return (int) this.recommendations.stream().filter((covered) -> covered.status() == status).count();
	}

}
