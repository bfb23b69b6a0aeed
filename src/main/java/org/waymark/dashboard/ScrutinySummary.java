package org.waymark.dashboard;

import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.report.Rag;
import org.waymark.report.StatusTrend;

import java.util.List;

/**
 * The scrutiny summary of a plan for a quarter: a short opening, then one block per
 * programme, from published information only.
 *
 * @param selected the quarter, or null when the plan has no reporting periods
 * @param opening the opening sentence, or null without a quarter
 * @param programmes championed programmes first for a scrutiny councillor, then by number
 * @param risksToday the date risks are counted as at
 */
public record ScrutinySummary(long planId, String planTitle, Period selected, List<Period> periods, String opening,
		List<ProgrammeBlock> programmes, String risksToday) {

	/**
	 * @param championed whether the reader champions the programme
	 * @param status the published status, or null
	 * @param trend against the previous quarter's published status, or null
	 * @param fromSummary whether the status is the executive summary's (exempt programme)
	 * @param reason the reason published for the status, shortened; or null
	 * @param achievements one or two key achievements, shortened; empty when none
	 * @param slippage the first slippage reported, shortened; or null
	 * @param slippageNil whether the report said there was no slippage (nil return)
	 * @param exemptionReason why the programme was exempt from reporting, or null
	 * @param reportId the published report, or null
	 * @param counts the programme's actions, measures and risks that are red, amber,
	 * overdue or deteriorated
	 */
	public record ProgrammeBlock(long programmeId, int number, String title, boolean championed, Rag status,
			StatusTrend trend, boolean fromSummary, String reason, List<String> achievements, String slippage,
			boolean slippageNil, String exemptionReason, Long reportId, RagView.Counts counts) {

		/** The status in plain words, e.g. "On track". */
		public String statusKey() {
			return (this.status != null) ? "scrutiny.status." + this.status.name() : "scrutiny.status.none";
		}

		public String trendKey() {
			return (this.trend != null) ? "scrutiny.trend." + this.trend.name() : null;
		}

	}

}
