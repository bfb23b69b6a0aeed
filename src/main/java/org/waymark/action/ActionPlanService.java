package org.waymark.action;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.ActionPlanView.ActionView;
import org.waymark.action.ActionPlanView.ObjectiveView;
import org.waymark.action.ActionPlanView.SubObjectiveView;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureQueries;
import org.waymark.plan.FinancialYear;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Creating, reading and editing a programme's action plans, and rolling one forward into
 * the next year. Every method checks the reader: a programme's leads and admins change
 * its plans; everyone signed in reads them, except that scrutiny members see final plans
 * only (a draft is "not found" to them). Each change names the version of the part its
 * form showed; a stale one is refused with {@link ActionPlanConflictException}.
 */
@Service
@Transactional
public class ActionPlanService {

	private final ActionPlanEditRepository plans;

	private final ActionPlanRepository actionPlans;

	private final ProgrammeQueries programmes;

	private final MeasureQueries measures;

	private final AccessPolicy access;

	private final Clock clock;

	ActionPlanService(ActionPlanEditRepository plans, ActionPlanRepository actionPlans, ProgrammeQueries programmes,
			MeasureQueries measures, AccessPolicy access, Clock clock) {
		this.plans = plans;
		this.actionPlans = actionPlans;
		this.programmes = programmes;
		this.measures = measures;
		this.access = access;
		this.clock = clock;
	}

	/** A plan's header as typed on its form. */
	public record PlanDetails(String title, String versionLabel, ActionPlanStatus status, String leadDeliveryGroup,
			String seniorResponsibleOwners) {
	}

	/** An objective's or sub-objective's heading as typed. */
	public record HeadingDetails(String letter, String title, String lead) {
	}

	/** An action as typed; the deadline already read. */
	public record ActionDetails(long objectiveId, Long subObjectiveId, String description, String owners,
			DeadlineText deadline, Brag brag, String kpiText, String expectedOutcome, Set<Long> recommendationIds,
			Set<Long> measureIds) {
	}

	/** A programme's plans by year, latest first. */
	public record ProgrammePlans(long programmeId, int programmeNumber, String programmeLabel, String programmeTitle,
			boolean canEdit, List<PlanRow> plans) {
	}

	public record PlanRow(long id, String year, String title, String versionLabel, ActionPlanStatus status) {
	}

	/**
	 * What the "create an action plan" form offers.
	 *
	 * @param programmeLabel the programme in its plan's term, "Priority 3"
	 * @param planShortName the short name of the programme's plan, which starts a new
	 * action plan's title as "CYPP" did in the first plan's
	 */
	public record NewPlanChoices(long programmeId, int programmeNumber, String programmeLabel, String programmeTitle,
			String planShortName, List<FinancialYear> years) {

		/** The title a new plan gets unless the editor types another. */
		public String defaultTitle(FinancialYear year) {
			return this.planShortName + ", " + this.programmeLabel + ", Action Plan " + year.label();
		}

	}

	/** A plan's header for the pages that edit part of it. */
	public record PlanHeader(long id, long version, long programmeId, int programmeNumber, String title, String year,
			PlanDetails details) {
	}

	/** An objective or sub-objective being edited. */
	public record HeadingEditing(PlanHeader plan, long id, long version, int number, HeadingDetails details,
			boolean hasActions) {
	}

	/** What the action form offers and, for an existing action, what it holds. */
	public record ActionEditing(PlanHeader plan, List<ObjectiveOption> objectives,
			Map<String, List<RecommendationOption>> recommendations, List<MeasureOption> measures, Long actionId,
			long version, ActionDetails current, String removalRefusal) {
	}

	/** An objective to choose; its place is the form's value for it. */
	public record ObjectiveOption(long id, int number, String title, List<SubObjectiveOption> subObjectives) {

		public String place() {
			return String.valueOf(this.id);
		}

		public String placeOf(SubObjectiveOption sub) {
			return this.id + "/" + sub.id();
		}

	}

	public record SubObjectiveOption(long id, String letter, String title) {
	}

	public record RecommendationOption(long id, int number, String text) {
	}

	public record MeasureOption(long id, String name) {
	}

	/** What rolling a plan forward would do, or why it cannot. */
	public record RollForwardPreview(PlanHeader plan, String nextYear, String nextTitle, List<String> carried,
			List<String> leftBehind, String refusal) {
	}

	// Reading

	@Transactional(readOnly = true)
	public ProgrammePlans plansOf(long programmeId, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		boolean drafts = this.access.canReadDraftActionPlans(who);
		List<PlanRow> rows = this.plans.findByProgramme(programmeId)
			.stream()
			.filter((plan) -> drafts || plan.getStatus() == ActionPlanStatus.FINAL)
			.map((plan) -> new PlanRow(plan.getId(), plan.financialYear().label(), plan.getTitle(),
					plan.getVersionLabel(), plan.getStatus()))
			.toList();
		return new ProgrammePlans(programmeId, programme.getNumber(), programme.label(), programme.getTitle(),
				this.access.canEditProgramme(who, programmeId), rows);
	}

	@Transactional(readOnly = true)
	public NewPlanChoices newPlanChoices(long programmeId, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		requireEditor(who, programmeId);
		List<Integer> taken = this.plans.yearsWithPlans(programmeId);
		List<FinancialYear> years = programme.getPlan()
			.span()
			.years()
			.stream()
			.filter((year) -> !taken.contains(year.startYear()))
			.toList();
		return new NewPlanChoices(programmeId, programme.getNumber(), programme.label(), programme.getTitle(),
				programme.getPlan().getShortName(), years);
	}

	/** The whole plan, for its page and its printable view. */
	@Transactional(readOnly = true)
	public ActionPlanView view(long id, Authentication who) {
		ActionPlan plan = readable(id, who);
		this.actionPlans.fetchSubObjectivesOfPlan(id);
		this.actionPlans.fetchActionsOfPlan(id);
		this.plans.fetchRecommendations(id);
		this.plans.fetchMeasures(id);
		this.plans.fetchCarriedFrom(id);
		LocalDate today = LocalDate.now(this.clock);
		String source = RecommendationNumbers
			.singleSource(this.plans.recommendationsOf(plan.getProgramme().getPlan().getId()));
		List<Objective> ordered = plan.orderedObjectives();
		List<ObjectiveView> objectives = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Objective objective = ordered.get(i);
			List<SubObjectiveView> subs = objective.orderedSubObjectives()
				.stream()
				.map((sub) -> new SubObjectiveView(sub.getId(), sub.getVersion(), sub.getLetter(), sub.getTitle(),
						sub.getLead(), actions(objective.actionsUnder(sub), source, today)))
				.toList();
			objectives.add(new ObjectiveView(objective.getId(), objective.getVersion(), objective.getNumber(),
					objective.getTitle(), objective.getLead(), i == 0, i == ordered.size() - 1,
					actions(objective.actionsUnder(null), source, today), subs));
		}
		ImprovementProgramme programme = plan.getProgramme();
		return new ActionPlanView(plan.getId(), plan.getVersion(), programme.getId(), programme.getNumber(),
				programme.getPlan().programmeTermCapitalised(), programme.label(), programme.getTitle(),
				plan.getTitle(), plan.financialYear().label(), plan.getVersionLabel(), plan.getStatus(),
				plan.getLeadDeliveryGroup(), plan.getSeniorResponsibleOwners(), source,
				this.access.canEditProgramme(who, programme.getId()), objectives);
	}

	private static List<ActionView> actions(List<Action> actions, String source, LocalDate today) {
		List<ActionView> views = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			Action action = actions.get(i);
			String deadline = (action.getDeadlineText() != null && !action.getDeadlineText().isBlank())
					? action.getDeadlineText() : DisplayDates.format(action.getDeadline());
			Action from = action.getCarriedFrom();
			ActionPlan fromPlan = (from != null) ? from.getObjective().getActionPlan() : null;
			views.add(new ActionView(action.getId(), action.getVersion(), FormattedText.of(action.getDescription()),
					FormattedText.of(action.getOwners()), FormattedText.of(deadline), action.getBrag(),
					action.isOverdue(today), FormattedText.of(action.getKpiText()),
					FormattedText.of(action.getExpectedOutcome()),
					RecommendationNumbers.cell(action.getRecommendations(), source),
					action.getMeasures().stream().map(Measure::getName).toList(),
					(fromPlan != null) ? fromPlan.getId() : null,
					(fromPlan != null) ? fromPlan.financialYear().label() : null, i == 0, i == actions.size() - 1));
		}
		return views;
	}

	@Transactional(readOnly = true)
	public PlanHeader header(long id, Authentication who) {
		return header(editable(id, who));
	}

	@Transactional(readOnly = true)
	public HeadingEditing objective(long id, long objectiveId, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> objectiveOf(p, objectiveId));
		Objective objective = objectiveOf(plan, objectiveId);
		return new HeadingEditing(header(plan), objective.getId(), objective.getVersion(), objective.getNumber(),
				new HeadingDetails(null, objective.getTitle(), objective.getLead()), !objective.getActions().isEmpty());
	}

	/** A new objective's number, for its form. */
	@Transactional(readOnly = true)
	public int nextObjectiveNumber(long id, Authentication who) {
		return editable(id, who).nextObjectiveNumber();
	}

	@Transactional(readOnly = true)
	public HeadingEditing subObjective(long id, long objectiveId, long subId, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> subObjectiveOf(objectiveOf(p, objectiveId), subId));
		Objective objective = objectiveOf(plan, objectiveId);
		SubObjective sub = subObjectiveOf(objective, subId);
		return new HeadingEditing(header(plan), sub.getId(), sub.getVersion(), objective.getNumber(),
				new HeadingDetails(sub.getLetter(), sub.getTitle(), sub.getLead()),
				!objective.actionsUnder(sub).isEmpty());
	}

	/** The objective a new sub-objective goes under, with the letter it would get. */
	@Transactional(readOnly = true)
	public HeadingEditing newSubObjective(long id, long objectiveId, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> objectiveOf(p, objectiveId));
		Objective objective = objectiveOf(plan, objectiveId);
		return new HeadingEditing(header(plan), objective.getId(), objective.getVersion(), objective.getNumber(),
				new HeadingDetails(objective.nextSubObjectiveLetter(), objective.getTitle(), null), false);
	}

	/**
	 * Whether the plan has the objective (and its sub-objective, if given); a reader who
	 * may not see the plan gets "not found".
	 */
	@Transactional(readOnly = true)
	public boolean hasPlace(long id, Long objectiveId, Long subObjectiveId, Authentication who) {
		ActionPlan plan = readable(id, who);
		return objectiveId != null && plan.getObjectives()
			.stream()
			.filter((o) -> objectiveId.equals(o.getId()))
			.anyMatch((o) -> subObjectiveId == null
					|| o.getSubObjectives().stream().anyMatch((s) -> subObjectiveId.equals(s.getId())));
	}

	/** The action form: for a new action when actionId is null. */
	@Transactional(readOnly = true)
	public ActionEditing action(long id, Long actionId, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> {
			if (actionId != null) {
				actionOf(p, actionId, id);
			}
		});
		this.actionPlans.fetchSubObjectivesOfPlan(id);
		List<ObjectiveOption> objectives = plan.orderedObjectives()
			.stream()
			.map((o) -> new ObjectiveOption(o.getId(), o.getNumber(), o.getTitle(),
					o.orderedSubObjectives()
						.stream()
						.map((s) -> new SubObjectiveOption(s.getId(), s.getLetter(), s.getTitle()))
						.toList()))
			.toList();
		Map<String, List<RecommendationOption>> recommendations = new LinkedHashMap<>();
		for (Recommendation r : this.plans.recommendationsOf(plan.getProgramme().getPlan().getId())) {
			recommendations.computeIfAbsent(r.getSource(), (source) -> new ArrayList<>())
				.add(new RecommendationOption(r.getId(), r.getNumber(), r.getText()));
		}
		List<MeasureOption> measureOptions = this.measures.measuresOf(plan.getProgramme().getId())
			.stream()
			.map((m) -> new MeasureOption(m.getId(), m.getName()))
			.toList();
		if (actionId == null) {
			return new ActionEditing(header(plan), objectives, recommendations, measureOptions, null, 0, null, null);
		}
		Action action = actionOf(plan, actionId);
		ActionDetails current = new ActionDetails(action.getObjective().getId(),
				(action.getSubObjective() != null) ? action.getSubObjective().getId() : null, action.getDescription(),
				action.getOwners(), DeadlineText.parse(action.getDeadlineText()), action.getBrag(), action.getKpiText(),
				action.getExpectedOutcome(), ids(action.getRecommendations()), ids(action.getMeasures()));
		return new ActionEditing(header(plan), objectives, recommendations, measureOptions, action.getId(),
				action.getVersion(), current, removalRefusal(action));
	}

	@Transactional(readOnly = true)
	public RollForwardPreview rollForwardPreview(long id, Authentication who) {
		ActionPlan plan = editable(id, who);
		this.actionPlans.fetchSubObjectivesOfPlan(id);
		this.actionPlans.fetchActionsOfPlan(id);
		RollForward roll = RollForward.of(plan);
		return new RollForwardPreview(header(plan), roll.year().label(), roll.title(), firstLines(roll.carried()),
				firstLines(roll.leftBehind()), rollForwardRefusal(plan, roll));
	}

	// Changing

	public long create(long programmeId, FinancialYear year, PlanDetails details, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		requireEditor(who, programmeId);
		if (!programme.getPlan().span().contains(year)) {
			throw new ActionPlanRuleException("actionPlan.new.yearOutsidePlan");
		}
		if (this.plans.existsForYear(programmeId, year.startYear())) {
			throw new ActionPlanRuleException("actionPlan.new.yearTaken");
		}
		ActionPlan plan = new ActionPlan(programme, year, details.title());
		apply(plan, details);
		return this.plans.save(plan).getId();
	}

	public void saveDetails(long id, long version, PlanDetails details, Authentication who) {
		ActionPlan plan = editable(id, who);
		requireVersion(plan.getVersion(), version, "Action plan " + id);
		plan.setTitle(details.title());
		apply(plan, details);
	}

	public long addObjective(long id, HeadingDetails details, Authentication who) {
		ActionPlan plan = editable(id, who);
		Objective objective = plan.addObjective(plan.nextObjectiveNumber(), details.title(), details.lead());
		this.plans.flush();
		return objective.getId();
	}

	public void saveObjective(long id, long objectiveId, long version, HeadingDetails details, Authentication who) {
		Objective objective = objectiveOf(editable(id, who, (p) -> objectiveOf(p, objectiveId)), objectiveId);
		requireVersion(objective.getVersion(), version, "Objective " + objectiveId);
		objective.setTitle(details.title());
		objective.setLead(details.lead());
	}

	public void moveObjective(long id, long objectiveId, long version, Move move, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> objectiveOf(p, objectiveId));
		Objective objective = objectiveOf(plan, objectiveId);
		requireVersion(objective.getVersion(), version, "Objective " + objectiveId);
		plan.moveObjective(objective, move);
	}

	public void removeObjective(long id, long objectiveId, long version, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> objectiveOf(p, objectiveId));
		this.actionPlans.fetchActionsOfPlan(id);
		Objective objective = objectiveOf(plan, objectiveId);
		requireVersion(objective.getVersion(), version, "Objective " + objectiveId);
		if (!objective.getActions().isEmpty()) {
			throw new ActionPlanRuleException("objective.remove.hasActions");
		}
		plan.removeObjective(objective);
	}

	public void addSubObjective(long id, long objectiveId, HeadingDetails details, Authentication who) {
		Objective objective = objectiveOf(editable(id, who, (p) -> objectiveOf(p, objectiveId)), objectiveId);
		objective.addSubObjective(details.letter(), details.title(), details.lead());
	}

	public void saveSubObjective(long id, long objectiveId, long subId, long version, HeadingDetails details,
			Authentication who) {
		SubObjective sub = subObjectiveOf(
				objectiveOf(editable(id, who, (p) -> subObjectiveOf(objectiveOf(p, objectiveId), subId)), objectiveId),
				subId);
		requireVersion(sub.getVersion(), version, "Sub-objective " + subId);
		sub.setLetter(details.letter());
		sub.setTitle(details.title());
		sub.setLead(details.lead());
	}

	public void removeSubObjective(long id, long objectiveId, long subId, long version, Authentication who) {
		Objective objective = objectiveOf(editable(id, who, (p) -> subObjectiveOf(objectiveOf(p, objectiveId), subId)),
				objectiveId);
		SubObjective sub = subObjectiveOf(objective, subId);
		requireVersion(sub.getVersion(), version, "Sub-objective " + subId);
		if (!objective.actionsUnder(sub).isEmpty()) {
			throw new ActionPlanRuleException("subObjective.remove.hasActions");
		}
		objective.removeSubObjective(sub);
	}

	public long addAction(long id, ActionDetails details, Authentication who) {
		ActionPlan plan = editable(id, who);
		Objective objective = objectiveOf(plan, details.objectiveId());
		SubObjective sub = (details.subObjectiveId() != null) ? subObjectiveOf(objective, details.subObjectiveId())
				: null;
		Action action = (sub != null) ? sub.addAction(details.description())
				: objective.addAction(details.description());
		apply(action, plan, details);
		this.plans.flush();
		return action.getId();
	}

	public void saveAction(long id, long actionId, long version, ActionDetails details, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> actionOf(p, actionId, id));
		Action action = actionOf(plan, actionId);
		requireVersion(action.getVersion(), version, "Action " + actionId);
		Objective objective = objectiveOf(plan, details.objectiveId());
		SubObjective sub = (details.subObjectiveId() != null) ? subObjectiveOf(objective, details.subObjectiveId())
				: null;
		objective.adopt(action, sub);
		action.setDescription(details.description());
		apply(action, plan, details);
	}

	public void moveAction(long id, long actionId, long version, Move move, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> actionOf(p, actionId, id));
		this.actionPlans.fetchActionsOfPlan(id);
		Action action = actionOf(plan, actionId);
		requireVersion(action.getVersion(), version, "Action " + actionId);
		action.getObjective().moveAction(action, move);
	}

	public void removeAction(long id, long actionId, long version, Authentication who) {
		ActionPlan plan = editable(id, who, (p) -> actionOf(p, actionId, id));
		this.actionPlans.fetchActionsOfPlan(id);
		Action action = actionOf(plan, actionId);
		requireVersion(action.getVersion(), version, "Action " + actionId);
		String refusal = removalRefusal(action);
		if (refusal != null) {
			throw new ActionPlanRuleException(refusal);
		}
		action.getObjective().removeAction(action);
	}

	/** Rolls the plan forward into the next year; answers the new plan's id. */
	public long rollForward(long id, long version, Authentication who) {
		ActionPlan plan = editable(id, who);
		requireVersion(plan.getVersion(), version, "Action plan " + id);
		this.actionPlans.fetchSubObjectivesOfPlan(id);
		this.actionPlans.fetchActionsOfPlan(id);
		this.plans.fetchRecommendations(id);
		this.plans.fetchMeasures(id);
		this.plans.fetchDeadlineParts(id);
		RollForward roll = RollForward.of(plan);
		String refusal = rollForwardRefusal(plan, roll);
		if (refusal != null) {
			throw new ActionPlanRuleException(refusal);
		}
		return this.plans.save(roll.newPlan()).getId();
	}

	// Helpers

	private String rollForwardRefusal(ActionPlan plan, RollForward roll) {
		if (!plan.getProgramme().getPlan().span().contains(roll.year())) {
			return "rollForward.refused.beyondPlan";
		}
		if (this.plans.existsForYear(plan.getProgramme().getId(), roll.year().startYear())) {
			return "rollForward.refused.exists";
		}
		return null;
	}

	private String removalRefusal(Action action) {
		if (this.plans.countUpdates(action.getId()) > 0) {
			return "action.remove.hasUpdates";
		}
		if (this.plans.countCarriedInto(action.getId()) > 0) {
			return "action.remove.carriedForward";
		}
		return null;
	}

	private void apply(Action action, ActionPlan plan, ActionDetails details) {
		action.setOwners(details.owners());
		action.changeDeadline(details.deadline());
		action.setBrag(details.brag());
		action.setKpiText(details.kpiText());
		action.setExpectedOutcome(details.expectedOutcome());
		action.getRecommendations().clear();
		for (Recommendation r : this.plans.recommendationsOf(plan.getProgramme().getPlan().getId())) {
			if (details.recommendationIds().contains(r.getId())) {
				action.getRecommendations().add(r);
			}
		}
		action.getMeasures().clear();
		for (Measure m : this.measures.measuresOf(plan.getProgramme().getId())) {
			if (details.measureIds().contains(m.getId())) {
				action.getMeasures().add(m);
			}
		}
	}

	private static void apply(ActionPlan plan, PlanDetails details) {
		plan.setVersionLabel(details.versionLabel());
		plan.setStatus(details.status());
		plan.setLeadDeliveryGroup(details.leadDeliveryGroup());
		plan.setSeniorResponsibleOwners(details.seniorResponsibleOwners());
	}

	private static List<String> firstLines(List<Action> actions) {
		return actions.stream().map((a) -> a.getDescription().strip().lines().findFirst().orElse("")).toList();
	}

	private static Set<Long> ids(Collection<? extends org.waymark.shared.BaseEntity> entities) {
		Set<Long> ids = new java.util.LinkedHashSet<>();
		entities.forEach((e) -> ids.add(e.getId()));
		return ids;
	}

	private static PlanHeader header(ActionPlan plan) {
		return new PlanHeader(plan.getId(), plan.getVersion(), plan.getProgramme().getId(),
				plan.getProgramme().getNumber(), plan.getTitle(), plan.financialYear().label(),
				new PlanDetails(plan.getTitle(), plan.getVersionLabel(), plan.getStatus(), plan.getLeadDeliveryGroup(),
						plan.getSeniorResponsibleOwners()));
	}

	private ActionPlan readable(long id, Authentication who) {
		ActionPlan plan = this.plans.findWithObjectives(id)
			.orElseThrow(() -> new NotFoundException("Action plan " + id));
		if (plan.getStatus() != ActionPlanStatus.FINAL && !this.access.canReadDraftActionPlans(who)) {
			throw new NotFoundException("Action plan " + id);
		}
		return plan;
	}

	/**
	 * As {@link #editable(long, Authentication)}, after checking that what the route
	 * names exists (a lookup that throws {@link NotFoundException}), so that a missing
	 * objective or action is "not found" to everyone who may read the plan.
	 */
	private ActionPlan editable(long id, Authentication who, java.util.function.Consumer<ActionPlan> mustExist) {
		ActionPlan plan = readable(id, who);
		mustExist.accept(plan);
		requireEditor(who, plan.getProgramme().getId());
		return plan;
	}

	private ActionPlan editable(long id, Authentication who) {
		ActionPlan plan = readable(id, who);
		requireEditor(who, plan.getProgramme().getId());
		return plan;
	}

	private void requireEditor(Authentication who, long programmeId) {
		if (!this.access.canEditProgramme(who, programmeId)) {
			throw new AccessDeniedException(
					"Programme " + programmeId + "'s action plans are not editable by this user");
		}
	}

	private static void requireVersion(long stored, long shown, String what) {
		if (stored != shown) {
			throw new ActionPlanConflictException(what);
		}
	}

	private static Objective objectiveOf(ActionPlan plan, long objectiveId) {
		return plan.getObjectives()
			.stream()
			.filter((o) -> Objects.equals(o.getId(), objectiveId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Objective " + objectiveId));
	}

	private static SubObjective subObjectiveOf(Objective objective, long subId) {
		return objective.getSubObjectives()
			.stream()
			.filter((s) -> Objects.equals(s.getId(), subId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Sub-objective " + subId));
	}

	/**
	 * As {@link #actionOf(ActionPlan, long)}, loading the plan's actions in one query
	 * first.
	 */
	private Action actionOf(ActionPlan plan, long actionId, long planId) {
		this.actionPlans.fetchActionsOfPlan(planId);
		return actionOf(plan, actionId);
	}

	private static Action actionOf(ActionPlan plan, long actionId) {
		return plan.getObjectives()
			.stream()
			.flatMap((o) -> o.getActions().stream())
			.filter((a) -> Objects.equals(a.getId(), actionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Action " + actionId));
	}

}
