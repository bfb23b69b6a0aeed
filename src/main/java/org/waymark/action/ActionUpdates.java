package org.waymark.action;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each quarter's update of a programme's actions: the BRAG rating and a short commentary,
 * one update per action per reporting period. The history is the updates of the quarters
 * before. Other modules (the highlight report, where leads write them) call this; it
 * knows nothing of them.
 */
@Service
@Transactional
public class ActionUpdates {

	private final ActionPlanRepository actionPlans;

	private final ActionUpdateRepository updates;

	ActionUpdates(ActionPlanRepository actionPlans, ActionUpdateRepository updates) {
		this.actionPlans = actionPlans;
		this.updates = updates;
	}

	/**
	 * The programme's action plan for the year, with its objectives, sub-objectives and
	 * actions loaded (three queries). Call it inside the caller's transaction to walk the
	 * lists.
	 */
	@Transactional(readOnly = true)
	public Optional<ActionPlan> planFor(long programmeId, FinancialYear year) {
		Optional<ActionPlan> plan = this.actionPlans.findForYear(programmeId, year.startYear());
		plan.ifPresent((found) -> {
			this.actionPlans.fetchSubObjectivesOfPlan(found.getId());
			this.actionPlans.fetchActionsOfPlan(found.getId());
		});
		return plan;
	}

	/** The actions' updates for the reporting period, by action id (one query). */
	@Transactional(readOnly = true)
	public Map<Long, ActionUpdate> updatesIn(Collection<Action> actions, ReportingPeriod period) {
		if (actions.isEmpty()) {
			return Map.of();
		}
		return this.updates.findForPeriod(ids(actions), period.getId())
			.stream()
			.collect(Collectors.toMap((update) -> update.getAction().getId(), Function.identity()));
	}

	/**
	 * Each action's update for the quarter before the period, by action id (one query).
	 * In the first quarter of a year that update belongs to last year's plan: an action
	 * carried forward shows the update of the action it was carried from.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ActionUpdate> previousUpdates(Collection<Action> actions, ReportingPeriod period) {
		if (actions.isEmpty()) {
			return Map.of();
		}
		Set<Long> wanted = new LinkedHashSet<>(ids(actions));
		for (Action action : actions) {
			if (action.getCarriedFrom() != null) {
				wanted.add(action.getCarriedFrom().getId());
			}
		}
		ReportingQuarter previous = period.quarter().previous();
		Map<Long, ActionUpdate> byAction = this.updates
			.findForQuarter(wanted, period.getPlan().getId(), previous.year().startYear(), previous.quarter())
			.stream()
			.collect(Collectors.toMap((update) -> update.getAction().getId(), Function.identity()));
		Map<Long, ActionUpdate> previousUpdates = new HashMap<>();
		for (Action action : actions) {
			ActionUpdate update = byAction.get(action.getId());
			if (update == null && action.getCarriedFrom() != null) {
				update = byAction.get(action.getCarriedFrom().getId());
			}
			if (update != null) {
				previousUpdates.put(action.getId(), update);
			}
		}
		return previousUpdates;
	}

	/**
	 * Records the quarter's ratings: an action's update for the period is created the
	 * first time and changed in place after that (its audit history keeps what it said).
	 * @param ratings the rating for each action to record; actions left out are left as
	 * they are
	 * @return whether anything changed
	 */
	public boolean record(ReportingPeriod period, Map<Action, Rating> ratings) {
		Map<Long, ActionUpdate> existing = updatesIn(ratings.keySet(), period);
		boolean changed = false;
		for (Map.Entry<Action, Rating> entry : ratings.entrySet()) {
			Rating rating = entry.getValue();
			ActionUpdate update = existing.get(entry.getKey().getId());
			if (update == null) {
				this.updates.save(new ActionUpdate(entry.getKey(), period, rating.brag(), rating.commentary()));
				changed = true;
			}
			else if (update.getBrag() != rating.brag()
					|| !Objects.equals(update.getCommentary(), rating.commentary())) {
				update.record(rating.brag(), rating.commentary());
				changed = true;
			}
		}
		return changed;
	}

	private static List<Long> ids(Collection<Action> actions) {
		List<Long> ids = new ArrayList<>();
		actions.forEach((action) -> ids.add(action.getId()));
		return ids;
	}

	/**
	 * An action's rating for a quarter.
	 *
	 * @param brag the rating; required
	 * @param commentary what the lead says about it, or null
	 */
	public record Rating(Brag brag, String commentary) {

		public Rating {
			Objects.requireNonNull(brag, "brag");
		}

	}

}
