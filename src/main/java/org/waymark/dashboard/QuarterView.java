package org.waymark.dashboard;

import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.report.Rag;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;

import java.util.List;

/**
 * Every programme of a plan side by side for one quarter, as the reader may see it, and
 * who has and has not reported.
 *
 * @param planId the plan
 * @param planTitle the plan's title
 * @param period the quarter shown
 * @param periods every quarter of the plan, for going to another
 * @param closed whether the quarter is closed, so what is shown is what was published
 * @param programmes one entry per programme, in number order
 * @param completeness the programmes grouped by where their returns stand, in the order
 * of {@link ReturnStatus}, only groups with programmes in them
 */
public record QuarterView(long planId, String planTitle, Period period, List<Period> periods, boolean closed,
		List<ProgrammeQuarterView> programmes, List<CompletenessGroup> completeness, String programmeTerm) {

	/** The quarter before this one in the plan, or null for its first. */
	public Period previous() {
		int index = indexOfShown();
		return (index > 0) ? this.periods.get(index - 1) : null;
	}

	/** The quarter after this one in the plan, or null for its last. */
	public Period next() {
		int index = indexOfShown();
		return (index >= 0 && index < this.periods.size() - 1) ? this.periods.get(index + 1) : null;
	}

	private int indexOfShown() {
		for (int index = 0; index < this.periods.size(); index++) {
			if (this.periods.get(index).id() == this.period.id()) {
				return index;
			}
		}
		return -1;
	}

	/**
	 * @param status the status shown, or null
	 * @param statusFromSummary whether it comes from the published executive summary (the
	 * programme was exempt)
	 * @param trend against the previous quarter's published status, or null without a
	 * status
	 * @param reason the reason given for the status, or null
	 * @param achievements the first points of the report's achievements
	 * @param slippage the first points of its slippage
	 * @param reportId the report shown, or null when the reader may see none
	 * @param revision the revision shown (above 1 for a correction)
	 * @param exemptionReason why the programme was exempt from reporting, or null
	 */
	public record ProgrammeQuarterView(long programmeId, int number, String title, Rag status,
			boolean statusFromSummary, StatusTrend trend, String reason, Excerpt achievements, Excerpt slippage,
			Long reportId, int revision, ReturnStatus returnStatus, String exemptionReason) {
	}

	/**
	 * @param programmes the programmes whose returns stand so, each with the exemption's
	 * reason when exempt
	 */
	public record CompletenessGroup(ReturnStatus status, List<CompletenessEntry> programmes) {
	}

	public record CompletenessEntry(long programmeId, int number, String title, String exemptionReason) {
	}

}
