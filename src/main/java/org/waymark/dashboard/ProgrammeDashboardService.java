package org.waymark.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.ActionPlanQueries;
import org.waymark.action.Objective;
import org.waymark.action.SubObjective;
import org.waymark.dashboard.ProgrammeDashboard.ActionPlanSummary;
import org.waymark.dashboard.ProgrammeDashboard.ActionSummary;
import org.waymark.dashboard.ProgrammeDashboard.LatestStatus;
import org.waymark.dashboard.ProgrammeDashboard.MeasureGroup;
import org.waymark.dashboard.ProgrammeDashboard.MeasureSummary;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;
import org.waymark.dashboard.ProgrammeDashboard.Programme;
import org.waymark.dashboard.ProgrammeDashboard.QuarterRow;
import org.waymark.dashboard.ProgrammeDashboard.ReportLink;
import org.waymark.dashboard.ProgrammeDashboard.SubObjectiveSummary;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparator;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.MeasureQueries;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.ReportedValue;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.Rag;
import org.waymark.report.ReportExemption;
import org.waymark.report.ReportQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.user.AccessPolicy;
import org.waymark.user.UserQueries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a programme's page in a fixed number of queries (about a dozen, however many
 * reports, actions and measures it has).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDashboardService {

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final ActionPlanQueries actionPlans;

	private final MeasureQueries measures;

	private final UserQueries users;

	private final AccessPolicy access;

	private final Clock clock;

	ProgrammeDashboardService(ProgrammeQueries programmes, ReportQueries reports, ActionPlanQueries actionPlans,
			MeasureQueries measures, UserQueries users, AccessPolicy access, Clock clock) {
		this.programmes = programmes;
		this.reports = reports;
		this.actionPlans = actionPlans;
		this.measures = measures;
		this.users = users;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The programme's page as the reader may see it.
	 * @throws org.waymark.shared.NotFoundException if there is no such programme
	 */
	public ProgrammeDashboard dashboard(long programmeId, Authentication reader) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		LocalDate today = LocalDate.now(this.clock);
		List<QuarterRow> quarters = new ArrayList<>();
		LatestStatus latest = null;
		QuarterlyReturns returns = this.reports.returnsOfProgramme(programmeId);
		for (ReportingPeriod period : returns.periodsWithReturns()) {
			ProgrammeQuarter quarter = returns.of(programmeId, period);
			List<ReportLink> links = quarter.reports().stream().map((report) -> link(reader, report)).toList();
			ReportExemption exemption = quarter.exemption();
			Rag summaryStatus = (exemption != null && quarter.summaryRow() != null) ? quarter.summaryRow().getStatus()
					: null;
			if (latest == null) {
				latest = links.stream()
					.filter((link) -> link.viewable() && link.status() != null)
					.findFirst()
					.map((link) -> new LatestStatus(link.status(), period.label(), link.id()))
					.orElse((summaryStatus != null) ? new LatestStatus(summaryStatus, period.label(), null) : null);
			}
			quarters.add(new QuarterRow(period.label(), period.longLabel(), quarter.returnStatus(today), links,
					(exemption != null) ? exemption.getReason() : null, summaryStatus));
		}
		return new ProgrammeDashboard(programme(programme), latest, quarters, actionPlans(programmeId, today),
				measureGroups(programmeId));
	}

	private ReportLink link(Authentication reader, HighlightReport report) {
		boolean viewable = this.access.canView(reader, report.getProgramme().getId(), report.getState().visibility());
		return new ReportLink(report.getId(), report.getRevision(), report.getState(),
				viewable ? report.getOverallStatus() : null, viewable);
	}

	private Programme programme(ImprovementProgramme programme) {
		DeliveryGroup group = programme.getDeliveryGroup();
		return new Programme(programme.getId(), programme.getNumber(), programme.getTitle(),
				FormattedText.of(programme.getDescription()), programme.getPlan().getTitle(),
				(group != null) ? group.getName() : null, (group != null) ? group.getChairName() : null,
				(group != null) ? group.getChairTitle() : null, programme.getSeniorResponsibleOwners(),
				programme.getScrutinyChampions(), this.users.leadNamesFor(programme.getId()),
				programme.getPlan().getId());
	}

	private List<ActionPlanSummary> actionPlans(long programmeId, LocalDate today) {
		List<ActionPlanSummary> summaries = new ArrayList<>();
		for (ActionPlan plan : this.actionPlans.actionPlansOf(programmeId)) {
			List<ObjectiveSummary> objectives = plan.getObjectives()
				.stream()
				.sorted(Comparator.comparingInt(Objective::getPosition))
				.map((objective) -> objective(objective, today))
				.toList();
			summaries.add(new ActionPlanSummary(plan.getTitle(), plan.financialYear().label(), plan.getVersionLabel(),
					plan.getStatus(), objectives));
		}
		return summaries;
	}

	private static ObjectiveSummary objective(Objective objective, LocalDate today) {
		List<Action> actions = objective.getActions()
			.stream()
			.sorted(Comparator.comparingInt(Action::getPosition))
			.toList();
		List<SubObjectiveSummary> subObjectives = objective.getSubObjectives()
			.stream()
			.sorted(Comparator.comparingInt(SubObjective::getPosition))
			.map((sub) -> new SubObjectiveSummary(sub.getLetter(), sub.getTitle(), sub.getLead(),
					actions.stream()
						.filter((action) -> sub.equals(action.getSubObjective()))
						.map((action) -> action(action, today))
						.toList()))
			.toList();
		List<ActionSummary> direct = actions.stream()
			.filter((action) -> action.getSubObjective() == null)
			.map((action) -> action(action, today))
			.toList();
		return new ObjectiveSummary(objective.getNumber(), objective.getTitle(), objective.getLead(), direct,
				subObjectives);
	}

	private static ActionSummary action(Action action, LocalDate today) {
		String deadline = (action.getDeadlineText() != null && !action.getDeadlineText().isBlank())
				? action.getDeadlineText() : DisplayDates.format(action.getDeadline());
		return new ActionSummary(FormattedText.of(action.getDescription()), action.getOwners(),
				FormattedText.of(deadline), action.getBrag(), action.isOverdue(today));
	}

	private List<MeasureGroup> measureGroups(long programmeId) {
		List<Measure> measures = this.measures.measuresOf(programmeId);
		if (measures.isEmpty()) {
			return List.of();
		}
		Map<Long, MeasureValue> latest = this.measures.latestValuesOf(programmeId);
		Map<String, List<MeasureSummary>> byHeading = new LinkedHashMap<>();
		for (Measure measure : measures) {
			List<MeasureComparison> comparators = measure.getComparators()
				.stream()
				.sorted(Comparator.comparingInt(MeasureComparator::getPosition))
				.map(MeasureComparison::of)
				.toList();
			byHeading.computeIfAbsent(measure.getHeading(), (heading) -> new ArrayList<>())
				.add(new MeasureSummary(measure.getId(), measure.getName(), measure.getTargetText(),
						MeasureAmount.of(measure.getTargetValue(), measure.getUnit()), comparators,
						ReportedValue.of(latest.get(measure.getId()))));
		}
		return byHeading.entrySet().stream().map((e) -> new MeasureGroup(e.getKey(), e.getValue())).toList();
	}

}
