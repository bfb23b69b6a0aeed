package org.waymark.dashboard;

import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.RagItem.ActionDetail;
import org.waymark.dashboard.RagItem.MeasureDetail;
import org.waymark.dashboard.RagItem.RiskDetail;
import org.waymark.dashboard.RagItem.StatusDetail;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskSummary;
import org.waymark.shared.DisplayDates;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether each thing belongs on the RAG view and why: the one place the view's
 * rules are written (docs/domain-rules.md, "RAG view").
 * <ul>
 * <li>A programme's status: Red or Amber.</li>
 * <li>An action: rated Red or Amber for the quarter, or overdue at its end.</li>
 * <li>A measure in the quarter's report: Red or Amber against its target, or deteriorated
 * (the direction shown in the report, the lead's override included).</li>
 * <li>An open risk: a High band is red, a Medium band amber; closed and unscored risks
 * are not listed.</li>
 * </ul>
 */
final class RagItems {

	private RagItems() {
	}

	/**
	 * @param reportId the report the status comes from, or null when it comes from the
	 * executive summary
	 */
	static Optional<RagItem> status(long programmeId, Rag status, String reason, Long reportId, boolean fromSummary) {
		RagColour colour = (status == Rag.RED) ? RagColour.RED : (status == Rag.AMBER) ? RagColour.AMBER : null;
		if (colour == null) {
			return Optional.empty();
		}
		String link = (reportId != null) ? "/reports/" + reportId : "/programmes/" + programmeId;
		return Optional.of(new RagItem(RagItemType.STATUS, programmeId, Set.of(colour), null, link,
				new StatusDetail(blankToNull(reason), fromSummary)));
	}

	static Optional<RagItem> action(QuarterAction action) {
		Set<RagColour> colours = EnumSet.noneOf(RagColour.class);
		if (action.brag() == Brag.RED) {
			colours.add(RagColour.RED);
		}
		else if (action.brag() == Brag.AMBER) {
			colours.add(RagColour.AMBER);
		}
		if (action.overdue()) {
			colours.add(RagColour.OVERDUE);
		}
		if (colours.isEmpty()) {
			return Optional.empty();
		}
		String deadline = (action.deadlineText() != null && !action.deadlineText().isBlank()) ? action.deadlineText()
				: DisplayDates.format(action.deadline());
		return Optional.of(new RagItem(RagItemType.ACTION, action.programmeId(), colours, action.description(),
				"/action-plans/" + action.actionPlanId(), new ActionDetail(action.objectiveNumber(),
						action.objectiveTitle(), blankToNull(deadline), blankToNull(action.owners()))));
	}

	/**
	 * A row of the measures table of the report the view shows for the quarter.
	 * @param rating the current figure against the target
	 * @param direction the direction of travel the report shows
	 */
	static Optional<RagItem> measure(long programmeId, long measureId, String name, TargetRating rating,
			DirectionOfTravel direction, MeasureUnit unit, BigDecimal current, BigDecimal previous, BigDecimal target) {
		Set<RagColour> colours = EnumSet.noneOf(RagColour.class);
		if (rating == TargetRating.RED) {
			colours.add(RagColour.RED);
		}
		else if (rating == TargetRating.AMBER) {
			colours.add(RagColour.AMBER);
		}
		if (direction == DirectionOfTravel.DETERIORATED) {
			colours.add(RagColour.DETERIORATED);
		}
		if (colours.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RagItem(RagItemType.MEASURE, programmeId, colours, name, "/measures/" + measureId,
				new MeasureDetail(MeasureAmount.of(current, unit), MeasureAmount.of(previous, unit),
						MeasureAmount.of(target, unit))));
	}

	static Optional<RagItem> risk(RiskSummary risk) {
		if (!risk.isOpen() || risk.band() == null || risk.band() == RiskBand.LOW) {
			return Optional.empty();
		}
		RagColour colour = (risk.band() == RiskBand.HIGH) ? RagColour.RED : RagColour.AMBER;
		return Optional.of(new RagItem(RagItemType.RISK, risk.programmeId(), Set.of(colour), risk.title(),
				"/risks/" + risk.id(), new RiskDetail(blankToNull(risk.reference()), risk.band(), risk.score())));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
