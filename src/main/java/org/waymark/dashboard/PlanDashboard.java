package org.waymark.dashboard;

import org.waymark.report.Rag;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;

import java.util.List;

/**
 * The home page: one row per programme of a plan for one reporting period.
 *
 * @param planId the plan's id, for links to its plan-wide pages
 * @param planTitle the plan's title
 * @param selected the period shown, or null if the plan has no reporting periods yet
 * @param periods every period of the plan, for choosing another
 * @param rows one row per programme, championed programmes first for scrutiny councillors
 */
public record PlanDashboard(long planId, String planTitle, Period selected, List<Period> periods,
		List<ProgrammeRow> rows) {

	/**
	 * @param label "2017/18 Q3"
	 * @param longLabel "Year 2 Q3 (October–December 2017)"
	 * @param dueDate "19 January 2018", or null
	 */
	public record Period(long id, String label, String longLabel, String dueDate) {
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
	 */
	public record ProgrammeRow(long programmeId, int number, String title, boolean championed, Rag status,
			boolean statusFromSummary, StatusTrend trend, ReturnStatus returnStatus, String exemptionReason,
			Long reportId) {
	}

}
