package org.waymark.measure;

import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * A measure's page: what it is, its target and comparators, its published values as a
 * chart and a table, the direction of travel and the latest figure against the target.
 *
 * @param programmeTerm what the programme's plan calls a programme, capitalised:
 * "Priority"
 * @param programmeLabel the programme in its plan's term, "Priority 3"
 * @param target the target figure in the measure's unit, or null
 * @param direction between the latest two figures
 * @param directionFrom the earlier of the two figures compared, or null
 * @param directionTo the later of the two figures compared (the latest figure), or null
 * @param assessment the latest figure against the target
 * @param assessed the figure, target and amber limit of the assessment in the measure's
 * unit
 * @param assessedPeriod the period of the figure assessed, or null
 * @param chart the chart, or null when there is no figure to draw
 * @param history every published value, earliest first
 * @param canEdit whether the reader may change the measure
 */
public record MeasurePage(long id, long programmeId, int programmeNumber, String programmeTerm, String programmeLabel,
		String programmeTitle, String heading, String name, MeasureUnit unit, Polarity polarity, int decimalPlaces,
		String targetText, MeasureAmount target, List<MeasureComparison> comparators, String frequency,
		String dataSource, DirectionOfTravel direction, HistoryRow directionFrom, HistoryRow directionTo,
		TargetAssessment assessment, AssessedAmounts assessed, String assessedPeriod, MeasureChart chart,
		List<HistoryRow> history, boolean canEdit) {

	/**
	 * One published value.
	 *
	 * @param period the period as written, or null
	 * @param reported the value as reported
	 * @param figure the figure read from it, or null
	 * @param dataStatus whether it was reported or why not
	 * @param direction from the value before it
	 */
	public record HistoryRow(String period, FormattedText reported, MeasureAmount figure, DataStatus dataStatus,
			DirectionOfTravel direction) {
	}

	/**
	 * The numbers of an assessment, each in the measure's unit; null when it was not
	 * assessed.
	 */
	public record AssessedAmounts(MeasureAmount value, MeasureAmount target, MeasureAmount amberLimit) {

		static AssessedAmounts of(TargetAssessment assessment, MeasureUnit unit) {
			if (!assessment.assessed()) {
				return null;
			}
			return new AssessedAmounts(MeasureAmount.of(assessment.value(), unit),
					MeasureAmount.of(assessment.target(), unit), MeasureAmount.of(assessment.amberLimit(), unit));
		}

	}

}
