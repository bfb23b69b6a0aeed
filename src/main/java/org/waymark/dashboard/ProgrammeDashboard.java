package org.waymark.dashboard;

import org.waymark.action.ActionPlanStatus;
import org.waymark.action.Brag;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.ReportedValue;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * A programme's page: who runs it, its highlight reports by quarter, its action plans by
 * objective, and its outcome measures with their latest values.
 */
public record ProgrammeDashboard(Programme programme, LatestStatus latestStatus, List<QuarterRow> quarters,
		List<ActionPlanSummary> actionPlans, List<MeasureGroup> measureGroups) {

	public record Programme(long id, int number, String title, FormattedText description, String planTitle,
			String deliveryGroup, String chairName, String chairTitle, String seniorResponsibleOwners,
			String scrutinyChampions, List<String> leads, long planId) {
	}

	/**
	 * The latest status the reader may see: from a report they may open, or, for a
	 * quarter the programme was exempt from reporting, from the published executive
	 * summary.
	 *
	 * @param reportId the report it comes from, or null when it comes from the executive
	 * summary
	 */
	public record LatestStatus(Rag status, String quarter, Long reportId) {

		public boolean fromSummary() {
			return this.reportId == null;
		}

	}

	/**
	 * One quarter with a report or an exemption, latest first.
	 *
	 * @param returnStatus where the quarter's return stands (exempt, late, published…)
	 * @param exemptionReason why no report was due, or null
	 * @param summaryStatus the status the published executive summary gave an exempt
	 * programme, or null
	 */
	public record QuarterRow(String label, String longLabel, ReturnStatus returnStatus, List<ReportLink> reports,
			String exemptionReason, Rag summaryStatus) {
	}

	/**
	 * One revision of a report; the status and link only for a reader who may see it.
	 *
	 * @param status the report's status, null unless the reader may see the report
	 */
	public record ReportLink(long id, int revision, ReportState state, Rag status, boolean viewable) {
	}

	public record ActionPlanSummary(String title, String year, String versionLabel, ActionPlanStatus status,
			List<ObjectiveSummary> objectives) {
	}

	public record ObjectiveSummary(int number, String title, String lead, List<ActionSummary> actions,
			List<SubObjectiveSummary> subObjectives) {
	}

	public record SubObjectiveSummary(String letter, String title, String lead, List<ActionSummary> actions) {
	}

	/**
	 * @param description what will be done, with its parts as a list where it has them
	 * @param deadline the deadline as written (dated parts on their own lines), or the
	 * date when nothing was written; empty when there is none
	 * @param brag the latest rating, or null when not yet rated
	 * @param overdue past its deadline and not complete, whatever its rating
	 */
	public record ActionSummary(FormattedText description, String owners, FormattedText deadline, Brag brag,
			boolean overdue) {
	}

	/**
	 * The measures under one heading; the heading is null for measures that have none.
	 */
	public record MeasureGroup(String heading, List<MeasureSummary> measures) {
	}

	/**
	 * @param id the measure, for the link to its page
	 */
	public record MeasureSummary(long id, String name, String targetText, MeasureAmount target,
			List<MeasureComparison> comparators, ReportedValue latest) {
	}

}
