package org.waymark.report;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureEntry;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.MeasureValue;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the measures table as the form holds it: this quarter's value as typed (a
 * figure or words, read by {@link MeasureEntry}), the period it describes, its data
 * status, and the lead's optional override of the direction of travel with the reason for
 * it.
 *
 * @param value the value as typed, or null
 * @param period the period the value describes as written ("R12 months ending December
 * 17"), or null
 * @param dataStatus whether the value is a reported figure or why there is none; null
 * counts as reported
 * @param override the direction the lead chose instead of the computed one, or null
 * @param overrideReason why the lead overrode it
 */
public record MeasureRowInput(String value, String period, DataStatus dataStatus, DirectionOfTravel override,
		String overrideReason) {

	/** The longest value accepted: room for a breakdown, not for a section's prose. */
	public static final int MAX_VALUE_LENGTH = 1_000;

	public static final int MAX_PERIOD_LENGTH = 200;

	public static final int MAX_REASON_LENGTH = 1_000;

	/** What is stored for the row, as the form's fields show it. */
	static MeasureRowInput of(ReportMeasureRow row) {
		MeasureValue current = row.getCurrentValue();
		String value = null;
		String period = null;
		DataStatus status = DataStatus.REPORTED;
		if (current != null) {
			value = (current.getReportedText() != null) ? current.getReportedText()
					: (current.getNumericValue() != null)
							? current.getNumericValue().stripTrailingZeros().toPlainString() : null;
			period = current.getPeriodLabel();
			status = current.getDataStatus();
		}
		return new MeasureRowInput(value, period, status, row.getDirectionOverride(), row.getOverrideReason());
	}

	/**
	 * What stops the row being saved, in the order of its fields. A value left exactly as
	 * it was saved is not read again, so a figure saved with it (from the papers, say) is
	 * kept and never refused.
	 * @param unit the measure's unit, which says what a figure looks like
	 * @param savedValue the value as the form was filled from what is saved, or null
	 */
	public List<Problem> problems(MeasureUnit unit, String savedValue) {
		List<Problem> problems = new ArrayList<>();
		if (!unchanged(savedValue)) {
			if (this.value != null && this.value.strip().length() > MAX_VALUE_LENGTH) {
				problems.add(Problem.VALUE_TOO_LONG);
			}
			else {
				MeasureEntry.Problem entry = MeasureEntry.read(this.value, unit).problem();
				if (entry != null) {
					problems.add(switch (entry) {
						case NOT_A_NUMBER -> Problem.VALUE_NOT_A_NUMBER;
						case TOO_MANY_DECIMAL_PLACES -> Problem.VALUE_TOO_MANY_DECIMAL_PLACES;
						case TOO_LARGE -> Problem.VALUE_TOO_LARGE;
					});
				}
			}
		}
		if (this.period != null && this.period.strip().length() > MAX_PERIOD_LENGTH) {
			problems.add(Problem.PERIOD_TOO_LONG);
		}
		boolean hasReason = this.overrideReason != null && !this.overrideReason.isBlank();
		if (hasReason && this.overrideReason.strip().length() > MAX_REASON_LENGTH) {
			problems.add(Problem.REASON_TOO_LONG);
		}
		else if (this.override != null && !hasReason) {
			problems.add(Problem.REASON_MISSING);
		}
		else if (this.override == null && hasReason) {
			problems.add(Problem.REASON_WITHOUT_OVERRIDE);
		}
		return problems;
	}

	/** Whether the value is as it was saved (spaces around it aside). */
	boolean unchanged(String savedValue) {
		return savedValue != null && this.value != null && this.value.strip().equals(savedValue.strip());
	}

	/** Why a row cannot be saved, and the field of the form it is about. */
	public enum Problem {

		VALUE_NOT_A_NUMBER("value"), VALUE_TOO_MANY_DECIMAL_PLACES("value"), VALUE_TOO_LARGE("value"),
		VALUE_TOO_LONG("value"), PERIOD_TOO_LONG("period"), REASON_MISSING("overrideReason"),
		REASON_WITHOUT_OVERRIDE("overrideReason"), REASON_TOO_LONG("overrideReason");

		private final String field;

		Problem(String field) {
			this.field = field;
		}

		/** The form field the problem is shown against. */
		public String field() {
			return this.field;
		}

		public String messageKey() {
			return "measures.problem." + name();
		}

		/**
		 * The limit the message names (characters, decimal places or digits), or null.
		 */
		public Integer limit() {
			return switch (this) {
				case VALUE_TOO_MANY_DECIMAL_PLACES -> MeasureEntry.MAX_DECIMAL_PLACES;
				case VALUE_TOO_LARGE -> MeasureEntry.MAX_WHOLE_DIGITS;
				case VALUE_TOO_LONG -> MAX_VALUE_LENGTH;
				case PERIOD_TOO_LONG -> MAX_PERIOD_LENGTH;
				case REASON_TOO_LONG -> MAX_REASON_LENGTH;
				default -> null;
			};
		}

	}

}
