package org.waymark.dashboard;

import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.ProgrammeDashboard.ActionPoint;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;
import org.waymark.shared.DisplayDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme's actions in a quarter summed up by objective for its dashboard: the
 * ratings counted, and the actions to watch — the overdue ones first, then those not
 * complete with the nearest deadlines. Actions with only a phrase for a deadline
 * ("Incremental during 2018/19") are counted but never listed as due.
 */
final class ActionPoints {

	/** Actions listed under each objective; the others are counted. */
	static final int MAX_PER_OBJECTIVE = 3;

	private static final Comparator<QuarterAction> WATCH_ORDER = Comparator
		.comparing((QuarterAction action) -> !action.overdue())
		.thenComparing(QuarterAction::deadline, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

	private ActionPoints() {
	}

	/** The objectives in the order their actions come, each summed up. */
	static List<ObjectiveSummary> byObjective(List<QuarterAction> actions) {
		Map<ObjectiveKey, List<QuarterAction>> byObjective = new LinkedHashMap<>();
		for (QuarterAction action : actions) {
			byObjective
				.computeIfAbsent(
						new ObjectiveKey(action.actionPlanId(), action.objectiveNumber(), action.objectiveTitle()),
						(key) -> new ArrayList<>())
				.add(action);
		}
		return byObjective.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<ObjectiveKey, List<QuarterAction>> e) -> e.getKey().number()))
			.map((e) -> objective(e.getKey(), e.getValue()))
			.toList();
	}

	private static ObjectiveSummary objective(ObjectiveKey key, List<QuarterAction> actions) {
		List<QuarterAction> watched = actions.stream()
			.filter((action) -> action.overdue() || (action.deadline() != null && action.brag() != Brag.BLUE))
			.sorted(WATCH_ORDER)
			.toList();
		List<ActionPoint> shown = watched.stream().limit(MAX_PER_OBJECTIVE).map(ActionPoints::point).toList();
		return new ObjectiveSummary(key.number(), key.title(), BragCounts.of(actions), shown,
				watched.size() - shown.size());
	}

	private static ActionPoint point(QuarterAction action) {
		String deadline = (action.deadlineText() != null && !action.deadlineText().isBlank()) ? action.deadlineText()
				: DisplayDates.format(action.deadline());
		return new ActionPoint(action.description(), deadline, action.brag(), action.overdue());
	}

	private record ObjectiveKey(long actionPlanId, int number, String title) {
	}

}
