package org.waymark.dashboard;

import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.report.Rag;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;

import java.util.List;
import java.util.Locale;

/**
 * The home page: one row per programme of a plan for one reporting period.
 *
 * @param planId the plan's id, for links to its plan-wide pages
 * @param planTitle the plan's title
 * @param selected the period shown, or null if the plan has no reporting periods yet
 * @param periods every period of the plan, for choosing another and heading the status
 * history
 * @param rows one row per programme, championed programmes first for scrutiny councillors
 * @param plans every plan, for choosing another when there is more than one
 * @param planWideHighRisks open high risks on no programme's register (corporate risks)
 */
public record PlanDashboard(long planId, String planTitle, Period selected, List<Period> periods,
		List<ProgrammeRow> rows, List<PlanOption> plans, int planWideHighRisks, String programmeTerm) {

	/**
	 * @param label "2017/18 Q3"
	 * @param longLabel "Year 2 Q3 (October–December 2017)"
	 * @param dueDate "19 January 2018", or null
	 */
	public record Period(long id, String label, String longLabel, String dueDate) {
	}

	public record PlanOption(long id, String title) {
	}

	/**
	 * One quarter of a programme's status history as the reader may see it.
	 *
	 * @param status the status shown for the quarter, or null
	 * @param selected whether this is the quarter the dashboard shows
	 */
	public record StatusCell(long periodId, String label, Rag status, boolean selected) {

		/** The message with the one letter the cell shows ("G"), or a dash for none. */
		public String letterKey() {
			return (this.status != null) ? "dashboard.history.letter." + this.status.name() : "dashboard.history.blank";
		}

		/** The message naming the status in words, or saying there is none. */
		public String statusKey() {
			return (this.status != null) ? this.status.messageKey() : "dashboard.history.none";
		}

		/** The cell's shade, which only repeats its letter and its words. */
		public String cssClass() {
			return "waymark-strip-cell--"
					+ ((this.status != null) ? this.status.name().toLowerCase(Locale.ROOT) : "none")
					+ (this.selected ? " waymark-strip-cell--selected" : "");
		}

	}

	/**
	 * @param championed whether the reader champions this programme on the scrutiny
	 * committee
	 * @param status the status the reader may see for the quarter, or null
	 * @param statusFromSummary whether the status comes from the published executive
	 * summary (the programme was exempt from reporting)
	 * @param trend the trend against the previous quarter's published status, or null
	 * without a status
	 * @param exemptionReason why the programme was exempt, or null
	 * @param reportId the report the reader may open, or null
	 * @param actions the programme's actions by BRAG rating as they stood in the quarter,
	 * with how many were overdue
	 * @param measures how the measures in that report's table moved
	 * @param highRisks open risks in the high band on the programme's register, as they
	 * stand today
	 * @param history the status shown for each quarter of the plan, in order
	 */
	public record ProgrammeRow(long programmeId, int number, String title, boolean championed, Rag status,
			boolean statusFromSummary, StatusTrend trend, ReturnStatus returnStatus, String exemptionReason,
			Long reportId, BragCounts actions, MeasureMovement measures, int highRisks, List<StatusCell> history) {
	}

}
