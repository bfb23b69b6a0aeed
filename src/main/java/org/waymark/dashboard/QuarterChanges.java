package org.waymark.dashboard;

import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.QuarterComparison.ActionChange;
import org.waymark.dashboard.QuarterComparison.Figure;
import org.waymark.dashboard.QuarterComparison.MeasureChange;
import org.waymark.dashboard.QuarterComparison.Presence;
import org.waymark.dashboard.QuarterComparison.RiskChange;
import org.waymark.dashboard.QuarterComparison.StatusChange;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.Polarity;
import org.waymark.measure.TargetAssessment;
import org.waymark.measure.TargetRating;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBetween;
import org.waymark.risk.RiskStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What counts as a change between two quarters, the one place the comparison's rules are
 * written (docs/domain-rules.md, "Comparing two quarters"):
 * <ul>
 * <li>A status changed when the two quarters show different statuses (or one shows none);
 * its trend is the dashboards' ({@link StatusTrend}).</li>
 * <li>A measure is compared between the two quarters' report tables: it changed when its
 * direction of travel from the earlier figure to the later is not "the same", when its
 * rating against the target differs, or when it is in only one table.</li>
 * <li>An action is matched to itself, or to the action it was carried forward from: it
 * changed when its BRAG rating or its lateness differ, or when it is in only one
 * quarter.</li>
 * <li>A risk moved when its score at the later quarter's end differs from its score at
 * the earlier one's; unscored risks have nothing to compare.</li>
 * </ul>
 * Everything unchanged is counted rather than listed, so the page reads as a list of
 * differences.
 */
final class QuarterChanges {

	private QuarterChanges() {
	}

	static StatusChange status(QuarterStatus before, QuarterStatus after) {
		StatusTrend trend = (after.status() != null) ? StatusTrend.between(before.status(), after.status()) : null;
		return new StatusChange(before.status(), after.status(), trend, after.reason(), before.reportId(),
				after.reportId());
	}

	/**
	 * The measures of the two tables that changed, in the later table's order then the
	 * earlier's, and how many did not.
	 */
	static Listed<MeasureChange> measures(List<MeasureInQuarter> before, List<MeasureInQuarter> after) {
		Map<Long, MeasureInQuarter> earlier = new LinkedHashMap<>();
		before.forEach((measure) -> earlier.putIfAbsent(measure.measureId(), measure));
		List<MeasureChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (MeasureInQuarter later : after) {
			MeasureInQuarter then = earlier.remove(later.measureId());
			if (then == null) {
				changes.add(new MeasureChange(later.measureId(), later.name(), null, later.figure(),
						DirectionOfTravel.NOT_COMPARABLE, null, later.rating()));
				continue;
			}
			DirectionOfTravel direction = DirectionOfTravel.between(then.value(), later.value(), later.polarity(),
					later.decimalPlaces(), later.definitionChanged());
			boolean sameWords = then.value() == null && later.value() == null
					&& Objects.equals(then.text(), later.text()) && Objects.equals(then.period(), later.period());
			if ((direction == DirectionOfTravel.SAME || sameWords) && then.rating() == later.rating()) {
				unchanged++;
				continue;
			}
			changes.add(new MeasureChange(later.measureId(), later.name(), then.figure(), later.figure(), direction,
					then.rating(), later.rating()));
		}
		for (MeasureInQuarter then : earlier.values()) {
			changes.add(new MeasureChange(then.measureId(), then.name(), then.figure(), null,
					DirectionOfTravel.NOT_COMPARABLE, then.rating(), null));
		}
		return new Listed<>(List.copyOf(changes), unchanged);
	}

	/**
	 * The actions that changed, in the later quarter's order then the earlier's, and how
	 * many did not.
	 */
	static Listed<ActionChange> actions(List<QuarterAction> before, List<QuarterAction> after) {
		Map<Long, QuarterAction> earlier = new LinkedHashMap<>();
		before.forEach((action) -> earlier.put(action.actionId(), action));
		List<ActionChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (QuarterAction later : after) {
			QuarterAction then = earlier.remove(later.actionId());
			if (then == null && later.carriedFromId() != null) {
				then = earlier.remove(later.carriedFromId());
			}
			if (then == null) {
				changes.add(change(later, Presence.ONLY_AFTER, null, false));
			}
			else if (then.brag() == later.brag() && then.overdue() == later.overdue()) {
				unchanged++;
			}
			else {
				changes.add(change(later, Presence.BOTH, then, then.overdue()));
			}
		}
		for (QuarterAction then : earlier.values()) {
			changes.add(new ActionChange(then.actionId(), then.actionPlanId(), then.objectiveNumber(),
					then.description(), Presence.ONLY_BEFORE, then.brag(), null, then.overdue(), false));
		}
		return new Listed<>(List.copyOf(changes), unchanged);
	}

	private static ActionChange change(QuarterAction later, Presence presence, QuarterAction then,
			boolean overdueBefore) {
		return new ActionChange(later.actionId(), later.actionPlanId(), later.objectiveNumber(), later.description(),
				presence, (then != null) ? then.brag() : null, later.brag(), overdueBefore, later.overdue());
	}

	/** The scored risks that moved, in the order given, and how many did not. */
	static Listed<RiskChange> risks(List<RiskBetween> risks) {
		List<RiskChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (RiskBetween risk : risks) {
			if (risk.after() == null) {
				continue;
			}
			if (risk.after().equals(risk.before())) {
				unchanged++;
				continue;
			}
			changes.add(new RiskChange(risk.id(), risk.reference(), risk.title(), risk.status() == RiskStatus.OPEN,
					risk.before(), risk.bandBefore(), risk.after(), risk.bandAfter(), risk.movement()));
		}
		return new Listed<>(List.copyOf(changes), unchanged);
	}

	/** Risks grouped by programme id; plan-wide risks under null. */
	static Map<Long, List<RiskBetween>> byProgramme(List<RiskBetween> risks) {
		Map<Long, List<RiskBetween>> grouped = new HashMap<>();
		for (RiskBetween risk : risks) {
			grouped.computeIfAbsent(risk.programmeId(), (key) -> new ArrayList<>()).add(risk);
		}
		return grouped;
	}

	/** The things that changed, and how many others did not. */
	record Listed<T>(List<T> changed, int unchanged) {
	}

	/**
	 * A row of a quarter's measures table, as the comparison needs it.
	 *
	 * @param value the figure as a number, or null when given only in words
	 * @param text the figure as reported
	 * @param period the period the figure describes
	 * @param definitionChanged whether the measure was defined differently for this
	 * figure
	 */
	record MeasureInQuarter(long measureId, String name, MeasureUnit unit, Polarity polarity, int decimalPlaces,
			BigDecimal target, BigDecimal value, String text, String period, boolean definitionChanged) {

		TargetRating rating() {
			return TargetAssessment.of(this.value, this.target, this.polarity, this.decimalPlaces).rating();
		}

		Figure figure() {
			if (this.value == null && (this.text == null || this.text.isBlank())) {
				return null;
			}
			return new Figure(MeasureAmount.of(this.value, this.unit), this.text, this.period);
		}

	}

}
