package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.Polarity;
import org.waymark.report.HighlightReport;
import org.waymark.report.ReportMeasureRow;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Transcribes a highlight report's measures table row by row: each row becomes a measure
 * of the programme, its current and previous values, and a row of the report's table.
 * <p>
 * The documents head the third column "Direction of travel" but fill it with the previous
 * value (the arrows did not survive into the text), so that column is read as the
 * previous value.
 */
final class MeasureTable {

	private final EntityManager entityManager;

	private final HighlightReport report;

	private String heading;

	private int position;

	MeasureTable(EntityManager entityManager, HighlightReport report) {
		this.entityManager = entityManager;
		this.report = report;
	}

	/** The numbered or lettered group heading the following rows sit under. */
	MeasureTable heading(String heading) {
		this.heading = heading;
		return this;
	}

	Row row(String name, MeasureUnit unit, Polarity polarity, int decimalPlaces) {
		return new Row(name, unit, polarity, decimalPlaces);
	}

	/**
	 * A value as the report wrote it, with the number read from it where the cell gives
	 * one.
	 */
	static Value value(String periodLabel, LocalDate periodEnd, String reportedText, String number) {
		return new Value(periodLabel, periodEnd, reportedText, number);
	}

	/** A cell that gives no figure but a reason, e.g. "Awaiting updated data". */
	static Value noFigure(DataStatus status, String periodLabel, LocalDate periodEnd, String reportedText) {
		return new Value(periodLabel, periodEnd, reportedText, null).status(status);
	}

	final class Row {

		private final Measure measure;

		private Value current;

		private Value previous;

		private String notComparableReason;

		private Row(String name, MeasureUnit unit, Polarity polarity, int decimalPlaces) {
			this.measure = new Measure(MeasureTable.this.report.getProgramme(), name, unit, polarity,
					MeasureTable.this.position++);
			this.measure.setHeading(MeasureTable.this.heading);
			this.measure.setDecimalPlaces(decimalPlaces);
		}

		Row target(String value, String text) {
			this.measure.setTarget((value != null) ? new BigDecimal(value) : null, text);
			return this;
		}

		Row comparator(String label, String value, String period) {
			this.measure.addComparator(label, (value != null) ? new BigDecimal(value) : null, period);
			return this;
		}

		Row current(Value value) {
			this.current = value;
			return this;
		}

		Row previous(Value value) {
			this.previous = value;
			return this;
		}

		/**
		 * The report says the figures do not compare ("Not comparable, new assessment"):
		 * the current value's definition changed, and the row's direction is overridden
		 * with the report's words as the reason.
		 */
		Row notComparable(String reason) {
			this.notComparableReason = reason;
			return this;
		}

		ReportMeasureRow add() {
			if (this.current == null) {
				throw new IllegalStateException("Row '" + this.measure.getName() + "' has no current value");
			}
			MeasureTable.this.entityManager.persist(this.measure);
			MeasureValue previousValue = persist(this.previous);
			MeasureValue currentValue = persist(this.current);
			if (this.notComparableReason != null) {
				currentValue.setDefinitionChanged(true);
			}
			ReportMeasureRow row = MeasureTable.this.report.addMeasureRow(this.measure, currentValue, previousValue);
			if (this.notComparableReason != null) {
				row.overrideDirection(DirectionOfTravel.NOT_COMPARABLE, this.notComparableReason);
			}
			return row;
		}

		private MeasureValue persist(Value value) {
			if (value == null) {
				return null;
			}
			MeasureValue entity = new MeasureValue(this.measure, value.periodLabel, value.periodEnd,
					(value.number != null) ? new BigDecimal(value.number) : null, value.reportedText);
			entity.setDataStatus(value.status);
			entity.setDefinitionChanged(value.definitionChanged);
			if (value.numerator != null || value.denominator != null) {
				entity.setFraction((value.numerator != null) ? new BigDecimal(value.numerator) : null,
						(value.denominator != null) ? new BigDecimal(value.denominator) : null);
			}
			MeasureTable.this.entityManager.persist(entity);
			return entity;
		}

	}

	static final class Value {

		private final String periodLabel;

		private final LocalDate periodEnd;

		private final String reportedText;

		private final String number;

		private String numerator;

		private String denominator;

		private DataStatus status = DataStatus.REPORTED;

		private boolean definitionChanged;

		private Value(String periodLabel, LocalDate periodEnd, String reportedText, String number) {
			this.periodLabel = periodLabel;
			this.periodEnd = periodEnd;
			this.reportedText = reportedText;
			this.number = number;
		}

		/** The count behind a rate or percentage, e.g. "(66 infants)" or "(180/206)". */
		Value fraction(String numerator, String denominator) {
			this.numerator = numerator;
			this.denominator = denominator;
			return this;
		}

		Value status(DataStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Measured on a different basis from the previous value, so the two do not
		 * compare.
		 */
		Value definitionChanged() {
			this.definitionChanged = true;
			return this;
		}

	}

}
