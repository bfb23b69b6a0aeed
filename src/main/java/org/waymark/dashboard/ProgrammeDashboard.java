package org.waymark.dashboard;

import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.measure.MeasureTrend;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.report.SectionType;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskSummary;
import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * A programme's dashboard as at one quarter: who runs it, its status quarter by quarter
 * with the reason given each time, the quarter's report in brief, its action plan for the
 * quarter's year by objective, its measures with sparklines, and its open risks. Reports
 * are shown as published for the quarter (issue 7, "as published").
 *
 * @param selected the quarter shown, or null when the plan has no reporting periods
 * @param periods every reporting period of the plan, for choosing another
 * @param history one row per quarter up to the one shown, latest first
 * @param keyPoints the shown quarter's report in brief, or null when the reader may see
 * none
 * @param actionPlan the quarter's year's actions by objective, or null when no quarter is
 * shown
 * @param pastQuarter whether the quarter shown is not the latest the reader may see, so
 * the page says that risks are as they stand today
 */
public record ProgrammeDashboard(Programme programme, Period selected, List<Period> periods, List<HistoryRow> history,
		KeyPoints keyPoints, ActionPlanSummary actionPlan, List<MeasureGroup> measureGroups, List<RiskRow> risks,
		boolean pastQuarter) {

	public record Programme(long id, int number, String title, FormattedText description, String planTitle,
			String deliveryGroup, String chairName, String chairTitle, String seniorResponsibleOwners,
			String scrutinyChampions, List<String> leads, long planId, String label) {
	}

	/** A reporting period: "2017/18 Q3", "Year 2 Q3 (October–December 2017)". */
	public record Period(long id, String label, String longLabel) {
	}

	/**
	 * One quarter of the programme's status history.
	 *
	 * @param returnStatus where the quarter's return stands (exempt, late, published…)
	 * @param status the status the reader may see for the quarter, or null
	 * @param statusFromSummary whether the status comes from the published executive
	 * summary (an exempt quarter) rather than a report
	 * @param trend against the previous quarter's published status; null without a status
	 * @param reason the reason given for the status; empty when none
	 * @param reportId the report shown for the quarter, or null when the reader may see
	 * none
	 * @param revision that report's revision
	 * @param exemptionReason why no report was due, or null
	 */
	public record HistoryRow(Period period, boolean selected, ReturnStatus returnStatus, Rag status,
			boolean statusFromSummary, StatusTrend trend, FormattedText reason, Long reportId, int revision,
			ReportState reportState, String exemptionReason) {
	}

	/**
	 * The shown quarter's report in brief.
	 *
	 * @param reportId the report, or null when the status comes from the executive
	 * summary
	 * @param statusAsWritten the status as the paper worded it, where that differs from
	 * the RAG, or null
	 * @param sections the first few points of achievements, slippage, next period and
	 * decisions required; empty for a status from the executive summary
	 */
	public record KeyPoints(Period period, Long reportId, int revision, ReportState reportState, Rag status,
			StatusTrend trend, String statusAsWritten, FormattedText reason, List<SectionPoints> sections) {

		public boolean fromSummary() {
			return this.reportId == null;
		}

	}

	/**
	 * A section's first points.
	 *
	 * @param nilReturn whether the section was marked nil return
	 * @param points its first points (bullets, or paragraphs where it has no bullets)
	 * @param more how many further points the full report has
	 */
	public record SectionPoints(SectionType type, boolean nilReturn, List<String> points, int more) {

		public boolean isBlank() {
			return !this.nilReturn && this.points.isEmpty();
		}

	}

	/**
	 * The actions of the programme's action plan for the shown quarter's financial year.
	 *
	 * @param year "2017/18"
	 * @param counts every action's rating in the quarter
	 */
	public record ActionPlanSummary(String year, BragCounts counts, List<ObjectiveSummary> objectives) {
	}

	/**
	 * @param attention its overdue actions, then the nearest deadlines of those not
	 * complete, at most {@link ActionPoints#MAX_PER_OBJECTIVE}
	 * @param more how many other actions are overdue or have a deadline to come
	 */
	public record ObjectiveSummary(int number, String title, BragCounts counts, List<ActionPoint> attention, int more) {
	}

	/**
	 * An action with a deadline to watch.
	 *
	 * @param deadline as written, or the date; empty when there is none
	 * @param brag the quarter's rating, or null when unrated
	 */
	public record ActionPoint(String description, String deadline, Brag brag, boolean overdue) {
	}

	/**
	 * The measures under one heading; the heading is null for measures that have none.
	 */
	public record MeasureGroup(String heading, List<MeasureTrend> measures) {
	}

	/**
	 * An open risk and how its score moved at its latest assessment.
	 *
	 * @param movement null while unscored
	 */
	public record RiskRow(RiskSummary risk, RiskMovement movement) {
	}

}
