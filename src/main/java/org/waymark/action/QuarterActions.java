package org.waymark.action;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.ReportingPeriod;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan's actions as they stood in one quarter, for the dashboards: each action of the
 * programmes' action plans for the quarter's financial year, rated as its update for that
 * quarter rated it (the plan's own rating when the quarter has no update), and overdue as
 * judged at the quarter's last day (or today, while the quarter is still running). Two
 * statements, however many programmes and actions.
 */
@Service
@Transactional(readOnly = true)
public class QuarterActions {

	private final QuarterActionRepository actions;

	private final Clock clock;

	QuarterActions(QuarterActionRepository actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	/**
	 * @param includeDraftPlans whether actions of draft plans count too: pass
	 * {@code AccessPolicy.canReadDraftActionPlans} of the reader
	 */
	public List<QuarterAction> actionsOf(long planId, ReportingPeriod period, boolean includeDraftPlans) {
		List<Action> found = this.actions.findActionsOfYear(planId, period.quarter().year().startYear(),
				includeDraftPlans);
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, ActionUpdate> updates = this.actions.findUpdatesOfPeriod(period.getId())
			.stream()
			.collect(Collectors.toMap((update) -> update.getAction().getId(), Function.identity(), (a, b) -> a));
		LocalDate judgedOn = judgedOn(period, LocalDate.now(this.clock));
		return found.stream().map((action) -> QuarterAction.of(action, updates.get(action.getId()), judgedOn)).toList();
	}

	/**
	 * The day a quarter's actions are judged overdue on: its last day, or today while it
	 * is still running.
	 */
	public static LocalDate judgedOn(ReportingPeriod period, LocalDate today) {
		LocalDate lastDay = period.quarter().lastDay();
		return today.isBefore(lastDay) ? today : lastDay;
	}

	/**
	 * The BRAG counts of each programme's actions, by programme id, in first-seen order.
	 */
	public static Map<Long, BragCounts> countsByProgramme(Collection<QuarterAction> actions) {
		Map<Long, List<QuarterAction>> byProgramme = actions.stream()
			.collect(Collectors.groupingBy(QuarterAction::programmeId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, BragCounts> counts = new LinkedHashMap<>();
		byProgramme.forEach((programmeId, ofProgramme) -> counts.put(programmeId, BragCounts.of(ofProgramme)));
		return counts;
	}

	/**
	 * One action in a quarter.
	 *
	 * @param deadline the deadline date, or null for a phrase such as "Incremental during
	 * 2018/19"
	 * @param brag the quarter's rating (its update's, else the plan's), or null when
	 * unrated
	 * @param overdue past its deadline at the quarter's end (or today) and not Blue,
	 * whatever its rating
	 * @param carriedFromId the action of the previous year's plan this one was carried
	 * forward from, or null
	 */
	public record QuarterAction(long actionId, long actionPlanId, long programmeId, int objectiveNumber,
			String objectiveTitle, String description, String owners, String deadlineText, LocalDate deadline,
			Brag brag, boolean overdue, Long carriedFromId) {

		static QuarterAction of(Action action, ActionUpdate update, LocalDate judgedOn) {
			Objective objective = action.getObjective();
			ActionPlan plan = objective.getActionPlan();
			Brag brag = (update != null) ? update.getBrag() : action.getBrag();
			return new QuarterAction(action.getId(), plan.getId(), plan.getProgramme().getId(), objective.getNumber(),
					objective.getTitle(), action.getDescription(), action.getOwners(), action.getDeadlineText(),
					action.getDeadline(), brag, OverdueRule.isOverdue(action.getDeadline(), brag, judgedOn),
					(action.getCarriedFrom() != null) ? action.getCarriedFrom().getId() : null);
		}

	}

	/**
	 * How many actions carry each rating; {@code overdue} counts across ratings (an
	 * overdue action is also counted under its rating).
	 */
	public record BragCounts(int blue, int green, int amber, int red, int unrated, int overdue) {

		public static BragCounts of(Collection<QuarterAction> actions) {
			int blue = 0;
			int green = 0;
			int amber = 0;
			int red = 0;
			int unrated = 0;
			int overdue = 0;
			for (QuarterAction action : actions) {
				if (action.brag() == null) {
					unrated++;
				}
				else {
					switch (action.brag()) {
						case BLUE -> blue++;
						case GREEN -> green++;
						case AMBER -> amber++;
						case RED -> red++;
					}
				}
				if (action.overdue()) {
					overdue++;
				}
			}
			return new BragCounts(blue, green, amber, red, unrated, overdue);
		}

		public int total() {
			return this.blue + this.green + this.amber + this.red + this.unrated;
		}

	}

}
