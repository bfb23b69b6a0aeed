package org.waymark.action;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Recommendation numbers written the way the council's action plans write them: "1", "2
 * and 3", "1, 2 and 3". An action answering recommendations of more than one source names
 * each source before its numbers ("Ofsted 2017 2 and 3; Peer review 2018 1"), unless the
 * plan's column heading already names the one source.
 */
public final class RecommendationNumbers {

	private RecommendationNumbers() {
	}

	/** The numbers in order, each once, joined with commas and a final "and". */
	public static String wording(Collection<Integer> numbers) {
		List<String> ordered = new TreeSet<>(numbers).stream().map(String::valueOf).toList();
		if (ordered.size() <= 1) {
			return String.join("", ordered);
		}
		return String.join(", ", ordered.subList(0, ordered.size() - 1)) + " and " + ordered.get(ordered.size() - 1);
	}

	/**
	 * An action's recommendations for its plan's recommendation column.
	 * @param recommendations the recommendations the action answers
	 * @param headingSource the source the column heading names, or {@code null} when the
	 * heading names none (so every source is written out)
	 */
	public static String cell(Collection<Recommendation> recommendations, String headingSource) {
		Map<String, List<Integer>> bySource = new LinkedHashMap<>();
		recommendations.stream()
			.sorted(java.util.Comparator.comparing(Recommendation::getSource)
				.thenComparingInt(Recommendation::getNumber))
			.forEach((r) -> bySource.computeIfAbsent(r.getSource(), (source) -> new ArrayList<>()).add(r.getNumber()));
		List<String> parts = new ArrayList<>();
		bySource.forEach((source, numbers) -> parts
			.add(source.equals(headingSource) ? wording(numbers) : source + " " + wording(numbers)));
		return String.join("; ", parts);
	}

	/**
	 * The one source every recommendation comes from, for the column heading ("Ofsted
	 * 2017 Recommendation number"); {@code null} if there are none or several.
	 */
	public static String singleSource(Collection<Recommendation> recommendations) {
		List<String> sources = recommendations.stream().map(Recommendation::getSource).distinct().toList();
		return (sources.size() == 1) ? sources.get(0) : null;
	}

}
