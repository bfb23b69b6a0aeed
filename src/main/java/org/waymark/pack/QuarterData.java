package org.waymark.pack;

import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's quarter as one reader may see it, by the dashboards' "as published" rule: the
 * programmes' statuses, the measures tables of the reports shown, and the actions of the
 * quarter's financial year. Values are kept typed (enums, numbers); turning them into
 * words is for whoever writes them out.
 *
 * @param planShortName e.g. "CYPP 2016-19"
 * @param periodLabel e.g. "2017/18 Q3"
 * @param closed whether the quarter is closed, so that what is shown is what was
 * published
 * @param statuses one per programme, in programme order
 * @param measures the rows of the measures tables of the reports shown, in programme and
 * table order
 * @param actions the actions of the quarter's financial year, in programme, objective and
 * action order
 */
public record QuarterData(long planId, String planTitle, String planShortName, long periodId, String periodLabel,
		String periodLongLabel, boolean closed, List<StatusRow> statuses, List<MeasureRow> measures,
		List<ActionRow> actions) {

	/**
	 * A programme's status for the quarter.
	 *
	 * @param programmeLabel the programme in its plan's term, "Priority 3"
	 * @param status the status shown, or null when the reader may see none
	 * @param statusFromSummary whether it is the published executive summary's (the
	 * programme was exempt from reporting)
	 * @param trend against the previous quarter's published status, or null without a
	 * status
	 * @param reason the reason given for the status, whole, or null
	 * @param returnStatus where the programme's return stands
	 * @param exemptionReason why the programme was exempt, or null
	 * @param reportId the report shown, or null
	 * @param reportState that report's state, or null
	 * @param revision that report's revision (above 1 for a correction), or 0 with no
	 * report
	 */
	public record StatusRow(long programmeId, int programmeNumber, String programmeLabel, String programmeTitle,
			Rag status, boolean statusFromSummary, StatusTrend trend, String reason, ReturnStatus returnStatus,
			String exemptionReason, Long reportId, ReportState reportState, int revision) {
	}

	/**
	 * One row of the measures table of the report shown for a programme.
	 *
	 * @param current this quarter's value, or null when the row has none
	 * @param previous the value it is compared with, or null
	 * @param targetValue the target as a figure, or null
	 * @param targetText the target as worded ("Target = 90%"), or null
	 * @param direction the direction the report shows (a lead's override included)
	 * @param directionOverrideReason why the lead overrode the computed direction, or
	 * null
	 * @param againstTarget this quarter's figure against the target
	 * @param reportId the report the row is from
	 */
	public record MeasureRow(long measureId, int programmeNumber, String name, MeasureUnit unit, Value current,
			Value previous, BigDecimal targetValue, String targetText, List<Comparator> comparators,
			DirectionOfTravel direction, String directionOverrideReason, TargetRating againstTarget, long reportId) {
	}

	/**
	 * A measure value as reported.
	 *
	 * @param periodLabel the period it describes, as written, or null
	 * @param reportedText the text as reported, or null
	 * @param number the figure, or null
	 * @param dataStatus whether it was reported, or why not
	 */
	public record Value(String periodLabel, String reportedText, BigDecimal number, DataStatus dataStatus) {
	}

	/**
	 * A figure a measure is compared with: "England average", 3.9, "2014–2016".
	 *
	 * @param value the figure, or null
	 * @param period the period it describes, or null
	 */
	public record Comparator(String label, BigDecimal value, String period) {
	}

	/** An action in the quarter, with its programme's number. */
	public record ActionRow(int programmeNumber, QuarterAction action) {
	}

}
