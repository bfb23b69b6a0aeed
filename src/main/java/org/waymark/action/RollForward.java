package org.waymark.action;

import org.waymark.plan.FinancialYear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling an action plan forward into the next financial year: the new plan is a draft
 * with the same header, objectives and sub-objectives; every action not yet complete is
 * carried into it (with everything but its rating, which starts again as not rated, and a
 * record of the action it came from); complete (Blue) actions are left behind.
 *
 * @param from the plan rolled forward
 * @param year the financial year of the new plan, the one after {@code from}'s
 * @param carried the actions that go into the new plan, in plan order
 * @param leftBehind the complete actions that stay in the old plan only, in plan order
 */
public record RollForward(ActionPlan from, FinancialYear year, List<Action> carried, List<Action> leftBehind) {

	public RollForward {
		carried = List.copyOf(carried);
		leftBehind = List.copyOf(leftBehind);
	}

	/** Sorts the plan's actions into those carried and those left behind. */
	public static RollForward of(ActionPlan from) {
		List<Action> carried = new ArrayList<>();
		List<Action> leftBehind = new ArrayList<>();
		for (Objective objective : from.orderedObjectives()) {
			for (Action action : inPlanOrder(objective)) {
				if (action.getBrag() != null && action.getBrag().complete()) {
					leftBehind.add(action);
				}
				else {
					carried.add(action);
				}
			}
		}
		return new RollForward(from, from.financialYear().next(), carried, leftBehind);
	}

	/**
	 * The new plan's title: the old one with its year written as the new year ("Action
	 * Plan 2018/19" becomes "Action Plan 2019/20"), or unchanged if it names no year.
	 */
	public String title() {
		return this.from.getTitle().replace(this.from.financialYear().label(), this.year.label());
	}

	/** Builds the new plan, not yet saved. */
	public ActionPlan newPlan() {
		ActionPlan next = new ActionPlan(this.from.getProgramme(), this.year, title());
		next.setLeadDeliveryGroup(this.from.getLeadDeliveryGroup());
		next.setSeniorResponsibleOwners(this.from.getSeniorResponsibleOwners());
		Map<Objective, Objective> objectives = new HashMap<>();
		Map<SubObjective, SubObjective> subObjectives = new HashMap<>();
		for (Objective objective : this.from.orderedObjectives()) {
			Objective copy = next.addObjective(objective.getNumber(), objective.getTitle(), objective.getLead());
			objectives.put(objective, copy);
			for (SubObjective sub : objective.orderedSubObjectives()) {
				subObjectives.put(sub, copy.addSubObjective(sub.getLetter(), sub.getTitle(), sub.getLead()));
			}
		}
		for (Action action : this.carried) {
			Objective objective = objectives.get(action.getObjective());
			SubObjective sub = (action.getSubObjective() != null) ? subObjectives.get(action.getSubObjective()) : null;
			objective.getActions().add(action.carryInto(objective, sub, objective.getActions().size()));
		}
		return next;
	}

	/**
	 * The objective's actions as the plan shows them: those directly under it, then each
	 * sub-objective's.
	 */
	static List<Action> inPlanOrder(Objective objective) {
		List<Action> ordered = new ArrayList<>(objective.actionsUnder(null));
		for (SubObjective sub : objective.orderedSubObjectives()) {
			ordered.addAll(objective.actionsUnder(sub));
		}
		return ordered;
	}

}
