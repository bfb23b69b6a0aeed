package org.waymark.dashboard;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.QuarterView.CompletenessEntry;
import org.waymark.dashboard.QuarterView.CompletenessGroup;
import org.waymark.dashboard.QuarterView.ProgrammeQuarterView;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.ProgrammeQuarter;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReportSection;
import org.waymark.report.ReturnStatus;
import org.waymark.report.SectionType;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the quarter view in a fixed number of queries: the period and its plan's
 * periods, the programmes, the reports, exemptions and summary rows of the quarter and
 * the one before it, and the sections of the reports shown.
 */
@Service
@Transactional(readOnly = true)
public class QuarterViewService {

	/** How many points of achievements and slippage each programme shows. */
	static final int POINTS = 3;

	/** The reason for a status is cut short beyond this; the report has it whole. */
	static final int REASON_LENGTH = 400;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final AccessPolicy access;

	private final Clock clock;

	QuarterViewService(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports, AccessPolicy access,
			Clock clock) {
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The plan's programmes side by side for one of its quarters, as the reader may see
	 * them.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public QuarterView quarter(long planId, long periodId, Authentication reader) {
		ReportingPeriod chosen = this.plans.period(periodId);
		Plan plan = chosen.getPlan();
		if (plan.getId() != planId) {
			throw new NotFoundException("Reporting period " + periodId + " of plan " + planId);
		}
		List<ReportingPeriod> periods = this.plans.periodsOf(planId);
		ReportingPeriod period = periods.stream().filter((p) -> p.getId() == periodId).findFirst().orElse(chosen);
		ReportingPeriod previous = PlanDashboardService.previous(periods, period);
		QuarterlyReturns returns = this.reports
			.returnsIn((previous != null) ? List.of(period, previous) : List.of(period));
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(planId);
		List<ShownQuarter> shown = programmes.stream()
			.map((programme) -> ShownQuarter.of(returns.of(programme.getId(), period),
					(report) -> this.access.canView(reader, programme.getId(), report.getState().visibility())))
			.toList();
		Map<Long, List<ReportSection>> sections = this.reports
			.sectionsOf(shown.stream().map(ShownQuarter::reportId).filter(Objects::nonNull).toList());
		LocalDate today = LocalDate.now(this.clock);
		List<ProgrammeQuarterView> views = new ArrayList<>();
		Map<ReturnStatus, List<CompletenessEntry>> byStatus = new EnumMap<>(ReturnStatus.class);
		for (int i = 0; i < programmes.size(); i++) {
			ImprovementProgramme programme = programmes.get(i);
			ShownQuarter quarter = shown.get(i);
			ProgrammeQuarter recorded = quarter.quarter();
			String exemptionReason = recorded.isExempt() ? recorded.exemption().getReason() : null;
			ReturnStatus returnStatus = recorded.returnStatus(today);
			List<ReportSection> reportSections = (quarter.reportId() != null)
					? sections.getOrDefault(quarter.reportId(), List.of()) : List.of();
			HighlightReport report = quarter.report();
			views.add(new ProgrammeQuarterView(programme.getId(), programme.getNumber(), programme.getTitle(),
					quarter.status(), quarter.statusFromSummary(),
					(quarter.status() != null)
							? PlanDashboardService.trend(returns, programme.getId(), previous, quarter.status()) : null,
					Excerpts.shorten(quarter.reason(), REASON_LENGTH),
					excerpt(reportSections, SectionType.ACHIEVEMENTS), excerpt(reportSections, SectionType.SLIPPAGE),
					quarter.reportId(), (report != null) ? report.getRevision() : 0, returnStatus, exemptionReason));
			byStatus.computeIfAbsent(returnStatus, (status) -> new ArrayList<>())
				.add(new CompletenessEntry(programme.getId(), programme.getNumber(), programme.getTitle(),
						exemptionReason));
		}
		List<CompletenessGroup> completeness = byStatus.entrySet()
			.stream()
			.map((entry) -> new CompletenessGroup(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
		return new QuarterView(planId, plan.getTitle(), period(period),
				periods.stream().map(QuarterViewService::period).toList(),
				period.getState() == ReportingPeriodState.CLOSED, List.copyOf(views), completeness,
				plan.programmeTermCapitalised());
	}

	static Excerpt excerpt(List<ReportSection> sections, SectionType type) {
		return sections.stream()
			.filter((section) -> section.getType() == type)
			.findFirst()
			.map((section) -> Excerpt.of(section.getBody(), section.isNilReturn(), POINTS))
			.orElse(Excerpt.EMPTY);
	}

	private static Period period(ReportingPeriod period) {
		return new Period(period.getId(), period.label(), period.longLabel(), null);
	}

}
