package org.waymark.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which actions have been carried forward into later action plans, and the latest copy of
 * each. An action carried forward is superseded: its copy is the live action, so lists
 * that count live actions show the copy (or the copy's copy) rather than the original.
 * Where an action was copied more than once, the copy in the latest action plan wins.
 */
final class CarriedForward {

	private static final Comparator<Action> LATEST = Comparator
		.comparingInt((Action a) -> a.getObjective().getActionPlan().financialYear().startYear())
		.thenComparing(Action::getId, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final Map<Long, List<Action>> copies = new HashMap<>();

	/** Records that the action with the id was carried forward into the copy. */
	void add(long copiedFromId, Action copy) {
		this.copies.computeIfAbsent(copiedFromId, (id) -> new ArrayList<>()).add(copy);
	}

	boolean isSuperseded(long actionId) {
		return this.copies.containsKey(actionId);
	}

	/**
	 * The latest copy of the action, following copies of copies; the action itself when
	 * it was never carried forward.
	 */
	Action latestCopyOf(Action action) {
		Action latest = action;
		Set<Long> seen = new HashSet<>();
		while (latest.getId() != null && seen.add(latest.getId())) {
			List<Action> next = this.copies.get(latest.getId());
			if (next == null || next.isEmpty()) {
				break;
			}
			latest = next.stream().max(LATEST).orElseThrow();
		}
		return latest;
	}

}
