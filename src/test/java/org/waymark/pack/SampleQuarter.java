package org.waymark.pack;

import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.TargetRating;
import org.waymark.pack.QuarterData.ActionRow;
import org.waymark.pack.QuarterData.MeasureRow;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.pack.QuarterData.Value;
import org.waymark.report.Rag;
import org.waymark.report.ReportState;
import org.waymark.report.ReturnStatus;
import org.waymark.report.StatusTrend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A quarter's data made by hand, for the tests of the sheets written from it. */
final class SampleQuarter {

	static final long PROGRAMME_7 = 1007;

	static final long REPORT_7 = 5007;

	private SampleQuarter() {
	}

	/**
	 * Programme 7 Amber with a negative figure in its measures table, and two programme 6
	 * actions, one of them text that looks like a formula.
	 */
	static QuarterData data() {
		List<StatusRow> statuses = List
			.of(new StatusRow(PROGRAMME_7, 7, "Programme 7", "Think Family", Rag.AMBER, false, StatusTrend.UNCHANGED,
					"Caf\u00e9 r\u00f4le \u2013 \u201Cquoted\u201D, with commas\nand a second line",
					ReturnStatus.PUBLISHED, null, REPORT_7, ReportState.PUBLISHED, 1));
		List<MeasureRow> measures = List.of(new MeasureRow(303, 7, "Change in referrals", MeasureUnit.COUNT,
				new Value("2017/18", "-12 (change on last year)", new BigDecimal("-12"), DataStatus.REPORTED), null,
				null, null, List.of(), DirectionOfTravel.NOT_COMPARABLE, null, TargetRating.NOT_ASSESSED, REPORT_7));
		List<ActionRow> actions = new ArrayList<>();
		actions.add(action(901, "Revise the Strategic QA Framework", "1st June 2018", LocalDate.of(2018, 6, 1),
				Brag.GREEN, false));
		actions.add(action(903, "=HYPERLINK(\"http://example.invalid\",\"Click\")", "Incremental during 2018/19", null,
				Brag.RED, false));
		return new QuarterData(1, "Children & Young People's Plan 2016\u20132019", "CYPP 2016-19", 44, "2017/18 Q3",
				"Year 2 Q3 (October\u2013December 2017)", true, statuses, measures, actions);
	}

	static ActionRow action(long id, String description, String deadlineText, LocalDate deadline, Brag brag,
			boolean overdue) {
		return new ActionRow(6, new QuarterAction(id, 77, 1006, 2, "Improve the consistency of social work practice",
				description, "Strategic Manager Partnerships", deadlineText, deadline, brag, overdue, null));
	}

}
