package org.waymark.measure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A measure's published values in period order, and what is worked out from them: the
 * latest value, the direction of travel between the latest two figures, and the latest
 * figure against the target. Values only in reports still being written (provisional) are
 * never part of it.
 */
final class MeasureHistory {

	/**
	 * Earlier period first; values with no period end first of all; among values for the
	 * same period, the one recorded first.
	 */
	static final Comparator<MeasureValue> PERIOD_ORDER = Comparator
		.comparing(MeasureValue::getPeriodEnd, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(MeasureValue::getId, Comparator.nullsLast(Comparator.<Long>naturalOrder()));

	private final Measure measure;

	private final List<MeasureValue> values;

	private final List<MeasureValue> figures;

	MeasureHistory(Measure measure, List<MeasureValue> values) {
		this.measure = measure;
		this.values = values.stream().filter((value) -> !value.isProvisional()).sorted(PERIOD_ORDER).toList();
		this.figures = this.values.stream().filter((value) -> value.getNumericValue() != null).toList();
	}

	/** The values, earliest first. */
	List<MeasureValue> values() {
		return this.values;
	}

	/** The values with a figure, earliest first. */
	List<MeasureValue> figures() {
		return this.figures;
	}

	/** The latest value, figure or not; null when there is none. */
	MeasureValue latest() {
		return this.values.isEmpty() ? null : this.values.get(this.values.size() - 1);
	}

	/** The latest value with a figure; null when there is none. */
	MeasureValue latestFigure() {
		return this.figures.isEmpty() ? null : this.figures.get(this.figures.size() - 1);
	}

	/** The figure before the latest one; null when there are fewer than two. */
	MeasureValue previousFigure() {
		return (this.figures.size() < 2) ? null : this.figures.get(this.figures.size() - 2);
	}

	/** The direction of travel between the latest two figures. */
	DirectionOfTravel direction() {
		return this.measure.directionBetween(previousFigure(), latestFigure());
	}

	/** The direction from the value before the one given (in period order) to it. */
	DirectionOfTravel directionTo(int index) {
		return (index == 0) ? DirectionOfTravel.NOT_COMPARABLE
				: this.measure.directionBetween(this.values.get(index - 1), this.values.get(index));
	}

	/** The latest figure against the measure's target. */
	TargetAssessment assessment() {
		MeasureValue latest = latestFigure();
		return TargetAssessment.of((latest != null) ? latest.getNumericValue() : null, this.measure.getTargetValue(),
				this.measure.getPolarity(), this.measure.getDecimalPlaces());
	}

}
