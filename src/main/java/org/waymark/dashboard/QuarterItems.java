package org.waymark.dashboard;

import org.springframework.stereotype.Component;
import org.waymark.action.QuarterActions;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.TargetAssessment;
import org.waymark.plan.ReportingPeriod;
import org.waymark.report.ReportMeasureRow;
import org.waymark.report.ReportQueries;
import org.waymark.risk.RiskQueries;
import org.waymark.risk.RiskSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything red, amber, overdue or deteriorated in a plan for one quarter, as the RAG
 * view and the scrutiny summary list and count it, in a fixed number of statements: the
 * measures tables of the reports shown (one), the quarter's actions
 * ({@link QuarterActions}) and the plan's risks ({@link RiskQueries#risksOfPlan}).
 * <p>
 * Measures are read from the measures table of the report shown for the quarter, not from
 * the measure's latest value: the table is what was published for the quarter, so a past
 * quarter keeps saying what it said. Risks have no history by quarter: they are as they
 * stand today.
 */
@Component
class QuarterItems {

	private final ReportQueries reports;

	private final QuarterActions actions;

	private final RiskQueries risks;

	QuarterItems(ReportQueries reports, QuarterActions actions, RiskQueries risks) {
		this.reports = reports;
		this.actions = actions;
		this.risks = risks;
	}

	/**
	 * @param statuses each programme's status as the view shows it
	 * @param includeDraftPlans whether actions of draft action plans count
	 */
	List<RagItem> of(long planId, ReportingPeriod period, Collection<QuarterStatus> statuses,
			boolean includeDraftPlans) {
		List<RagItem> items = new ArrayList<>();
		for (QuarterStatus status : statuses) {
			RagItems
				.status(status.programmeId(), status.status(), status.reason(), status.reportId(), status.fromSummary())
				.ifPresent(items::add);
		}
		for (QuarterAction action : this.actions.actionsOf(planId, period, includeDraftPlans)) {
			RagItems.action(action).ifPresent(items::add);
		}
		List<Long> reportIds = statuses.stream().map(QuarterStatus::reportId).filter(Objects::nonNull).toList();
		Map<Long, List<ReportMeasureRow>> tables = this.reports.measureRowsOf(reportIds);
		for (QuarterStatus status : statuses) {
			if (status.reportId() != null) {
				for (ReportMeasureRow row : tables.getOrDefault(status.reportId(), List.of())) {
					measure(status.programmeId(), row).ifPresent(items::add);
				}
			}
		}
		for (RiskSummary risk : this.risks.risksOfPlan(planId)) {
			RagItems.risk(risk).ifPresent(items::add);
		}
		return items;
	}

	private static java.util.Optional<RagItem> measure(long programmeId, ReportMeasureRow row) {
		Measure measure = row.getMeasure();
		BigDecimal current = numeric(row.getCurrentValue());
		TargetAssessment assessment = TargetAssessment.of(current, measure.getTargetValue(), measure.getPolarity(),
				measure.getDecimalPlaces());
		return RagItems.measure(programmeId, measure.getId(), measure.getName(), assessment.rating(),
				row.direction().shown(), measure.getUnit(), current, numeric(row.getPreviousValue()),
				measure.getTargetValue());
	}

	private static BigDecimal numeric(MeasureValue value) {
		return (value != null) ? value.getNumericValue() : null;
	}

}
