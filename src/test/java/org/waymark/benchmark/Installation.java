package org.waymark.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link LargeInstallationGenerator} wrote: the ids pages are opened with, the
 * accounts to sign in as, and how many rows went into each table.
 *
 * @param tag the name the generated plans, groups and accounts carry, e.g. "bench"
 * @param plans the generated plans, in the order they were made
 * @param userIds every account made, for clearing them away again
 * @param deliveryGroupIds every delivery group made
 * @param adminUsername an ADMIN account; every account's password is
 * {@link LargeInstallationGenerator#PASSWORD}
 * @param rows rows written per table, in the order the tables were written
 */
public record Installation(String tag, List<GeneratedPlan> plans, List<Long> userIds, List<Long> deliveryGroupIds,
		String adminUsername, Map<String, Integer> rows) {

	public Installation {
		plans = List.copyOf(plans);
		userIds = List.copyOf(userIds);
		deliveryGroupIds = List.copyOf(deliveryGroupIds);
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
	}

	/** Rows written in all tables together. */
	public int totalRows() {
		return this.rows.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * One generated plan.
	 *
	 * @param periodIds its reporting periods in date order; all closed but the last,
	 * which is open for returns
	 * @param programmeIds its programmes by number
	 * @param publishedReports the latest published revision of each programme's report,
	 * keyed by programme index and period index
	 */
	public record GeneratedPlan(long id, String shortName, List<Long> periodIds, List<Long> programmeIds,
			Map<List<Integer>, Long> publishedReports) {

		public GeneratedPlan {
			periodIds = List.copyOf(periodIds);
			programmeIds = List.copyOf(programmeIds);
			publishedReports = Map.copyOf(publishedReports);
		}

		/**
		 * The latest published report of the programme (by index) for the period (by
		 * index), if it was published rather than exempted.
		 */
		public Optional<Long> publishedReport(int programme, int period) {
			return Optional.ofNullable(this.publishedReports.get(List.of(programme, period)));
		}

	}

}
