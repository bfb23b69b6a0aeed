package org.waymark.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.ActionUpdate;
import org.waymark.action.ActionUpdates;
import org.waymark.action.Brag;
import org.waymark.action.Objective;
import org.waymark.action.OverdueRule;
import org.waymark.action.SubObjective;
import org.waymark.plan.ReportingPeriod;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead updating the programme's actions in a report: for each action of the action plan
 * for the report's year, this quarter's BRAG rating and a short commentary, beside last
 * quarter's. The updates belong to the quarter, not to one revision of the report, so a
 * correction shows and changes the same ones.
 * <p>
 * Updates are not needed to submit a report. As with the other parts of a report, the
 * form carries the fingerprint of the updates it showed, and a save is refused with
 * {@link EditConflictException} if someone else changed them since.
 */
@Service
@Transactional
public class ReportActionsService {

	private final ReportGuard guard;

	private final ActionUpdates updates;

	private final ReportDraftingService drafting;

	private final Clock clock;

	ReportActionsService(ReportGuard guard, ActionUpdates updates, ReportDraftingService drafting, Clock clock) {
		this.guard = guard;
		this.updates = updates;
		this.drafting = drafting;
		this.clock = clock;
	}

	/** The updates as the form shows them (six queries). */
	@Transactional(readOnly = true)
	public ActionUpdatesDraft draft(long reportId, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportingPeriod period = report.getReportingPeriod();
		Optional<ActionPlan> found = this.updates.planFor(report.getProgramme().getId(), period.quarter().year());
		String year = period.quarter().year().label();
		String previousQuarter = period.quarter().previous().label();
		if (found.isEmpty()) {
			return new ActionUpdatesDraft(HighlightReportService.header(report), fingerprint(List.of(), Map.of()), year,
					null, previousQuarter);
		}
		ActionPlan plan = found.get();
		List<Action> actions = actionsInOrder(plan);
		Map<Long, ActionUpdate> current = this.updates.updatesIn(actions, period);
		Map<Long, ActionUpdate> previous = this.updates.previousUpdates(actions, period);
		LocalDate today = LocalDate.now(this.clock);
		int index = 0;
		List<ActionUpdatesDraft.ObjectiveRows> objectives = new ArrayList<>();
		for (Objective objective : objectives(plan)) {
			// Actions are numbered within their objective, "2.3", across its
			// sub-objectives.
			int number = 0;
			List<ActionUpdatesDraft.ActionRow> direct = new ArrayList<>();
			for (Action action : directActions(objective)) {
				direct.add(row(action, index++, objective.getNumber() + "." + (++number), current, previous, today));
			}
			List<ActionUpdatesDraft.SubObjectiveRows> subObjectives = new ArrayList<>();
			for (SubObjective sub : subObjectives(objective)) {
				List<ActionUpdatesDraft.ActionRow> rows = new ArrayList<>();
				for (Action action : actionsOf(objective, sub)) {
					rows.add(row(action, index++, objective.getNumber() + "." + (++number), current, previous, today));
				}
				subObjectives
					.add(new ActionUpdatesDraft.SubObjectiveRows(sub.getLetter(), sub.getTitle(), sub.getLead(), rows));
			}
			objectives.add(new ActionUpdatesDraft.ObjectiveRows(objective.getNumber(), objective.getTitle(),
					objective.getLead(), direct, subObjectives));
		}
		return new ActionUpdatesDraft(HighlightReportService.header(report), fingerprint(actions, current), year,
				new ActionUpdatesDraft.Plan(plan.getTitle(), plan.getVersionLabel(), plan.getStatus(), objectives),
				previousQuarter);
	}

	/**
	 * Saves the quarter's updates: the actions as typed, in the plan's order; an action
	 * left unrated is left as it is (a rating, once given, is changed rather than taken
	 * away), and entries beyond the plan are ignored.
	 * @param seenFingerprint the fingerprint of the updates the form showed
	 * @throws EditConflictException if someone else changed them since
	 * @throws IllegalArgumentException if an update has a problem
	 * ({@link ActionUpdateInput#problems}), which the form should have caught
	 */
	public void save(long reportId, List<ActionUpdateInput> typed, String seenFingerprint, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportingPeriod period = report.getReportingPeriod();
		List<Action> actions = this.updates.planFor(report.getProgramme().getId(), period.quarter().year())
			.map(ReportActionsService::actionsInOrder)
			.orElse(List.of());
		Map<Long, ActionUpdate> stored = this.updates.updatesIn(actions, period);
		if (!fingerprint(actions, stored).equals(seenFingerprint)) {
			throw new EditConflictException(reportId);
		}
		Map<Action, ActionUpdates.Rating> ratings = new LinkedHashMap<>();
		for (int index = 0; index < actions.size() && index < typed.size(); index++) {
			ActionUpdateInput input = typed.get(index);
			if (!input.problems().isEmpty()) {
				throw new IllegalArgumentException(
						"Update of action " + actions.get(index).getId() + " cannot be saved: " + input.problems());
			}
			if (input.brag() != null) {
				ratings.put(actions.get(index),
						new ActionUpdates.Rating(input.brag(), ReportDraftingService.blankToNull(input.commentary())));
			}
		}
		if (this.updates.record(period, ratings)) {
			this.drafting.touch(report);
		}
	}

	/** The plan's actions in the order the page lists them. */
	static List<Action> actionsInOrder(ActionPlan plan) {
		List<Action> actions = new ArrayList<>();
		for (Objective objective : objectives(plan)) {
			actions.addAll(directActions(objective));
			for (SubObjective sub : subObjectives(objective)) {
				actions.addAll(actionsOf(objective, sub));
			}
		}
		return actions;
	}

	private static List<Objective> objectives(ActionPlan plan) {
		return plan.getObjectives().stream().sorted(Comparator.comparingInt(Objective::getPosition)).toList();
	}

	private static List<SubObjective> subObjectives(Objective objective) {
		return objective.getSubObjectives()
			.stream()
			.sorted(Comparator.comparingInt(SubObjective::getPosition))
			.toList();
	}

	private static List<Action> directActions(Objective objective) {
		return objective.getActions()
			.stream()
			.filter((action) -> action.getSubObjective() == null)
			.sorted(Comparator.comparingInt(Action::getPosition))
			.toList();
	}

	private static List<Action> actionsOf(Objective objective, SubObjective sub) {
		return objective.getActions()
			.stream()
			.filter((action) -> sub.equals(action.getSubObjective()))
			.sorted(Comparator.comparingInt(Action::getPosition))
			.toList();
	}

	private static ActionUpdatesDraft.ActionRow row(Action action, int index, String number,
			Map<Long, ActionUpdate> currentUpdates, Map<Long, ActionUpdate> previousUpdates, LocalDate today) {
		ActionUpdate current = currentUpdates.get(action.getId());
		ActionUpdate previous = previousUpdates.get(action.getId());
		Brag latest = (current != null) ? current.getBrag()
				: (previous != null) ? previous.getBrag() : action.getBrag();
		String deadline = (action.getDeadlineText() != null && !action.getDeadlineText().isBlank())
				? action.getDeadlineText() : DisplayDates.format(action.getDeadline());
		ActionUpdateInput saved = (current != null) ? new ActionUpdateInput(current.getBrag(), current.getCommentary())
				: new ActionUpdateInput(null, null);
		return new ActionUpdatesDraft.ActionRow(index, action.getId(), number,
				FormattedText.of(action.getDescription()), action.getOwners(), FormattedText.of(deadline),
				OverdueRule.isOverdue(action.getDeadline(), latest, today), saved,
				(previous != null) ? previous.getBrag() : null,
				FormattedText.of((previous != null) ? previous.getCommentary() : null));
	}

	/** The quarter's updates as stored: each action's rating and commentary, in order. */
	static String fingerprint(List<Action> actions, Map<Long, ActionUpdate> stored) {
		List<Object> values = new ArrayList<>();
		for (Action action : actions) {
			ActionUpdate update = stored.get(action.getId());
			values.add(action.getId());
			values.add((update != null) ? update.getBrag() : null);
			values.add((update != null) ? update.getCommentary() : null);
		}
		return ContentFingerprint.of(values.toArray());
	}

}
