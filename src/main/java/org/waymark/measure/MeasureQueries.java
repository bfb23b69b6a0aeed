package org.waymark.measure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/** What other modules' pages ask about outcome measures. */
@Service
@Transactional(readOnly = true)
public class MeasureQueries {

	/**
	 * Later period first; among values for the same period (or none), the one recorded
	 * last.
	 */
	private static final Comparator<MeasureValue> RECENCY = Comparator
		.comparing(MeasureValue::getPeriodEnd, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(MeasureValue::getId);

	private final MeasureRepository measures;

	MeasureQueries(MeasureRepository measures) {
		this.measures = measures;
	}

	/** The programme's measures in order, with their comparators loaded. */
	public List<Measure> measuresOf(long programmeId) {
		return this.measures.findWithComparators(programmeId);
	}

	/**
	 * The latest value of each of the programme's measures that has one, by measure id.
	 */
	public Map<Long, MeasureValue> latestValuesOf(long programmeId) {
		return this.measures.findValuesOfProgramme(programmeId)
			.stream()
			.collect(Collectors.toMap((value) -> value.getMeasure().getId(), (value) -> value,
					BinaryOperator.maxBy(RECENCY)));
	}

	/**
	 * The programme's measures in order, each with its published figures up to a day as a
	 * sparkline, its direction of travel and its rating against the target, in two
	 * statements however many measures and values it has.
	 * @param asAt the last day whose values count (values describing a later period are
	 * left out, so a past quarter is seen as it was), or null for every value; values
	 * with no period end always count
	 */
	public List<MeasureTrend> trendsOf(long programmeId, LocalDate asAt) {
		List<Measure> measures = this.measures.findWithComparators(programmeId);
		if (measures.isEmpty()) {
			return List.of();
		}
		Map<Long, List<MeasureValue>> values = this.measures.findValuesOfProgramme(programmeId)
			.stream()
			.filter((value) -> asAt == null || value.getPeriodEnd() == null || !value.getPeriodEnd().isAfter(asAt))
			.collect(Collectors.groupingBy((value) -> value.getMeasure().getId()));
		return measures.stream()
			.map((measure) -> trend(measure, values.getOrDefault(measure.getId(), List.of())))
			.toList();
	}

	private static MeasureTrend trend(Measure measure, List<MeasureValue> values) {
		MeasureHistory history = new MeasureHistory(measure, values);
		MeasureUnit unit = measure.getUnit();
		List<MeasureComparator> comparators = MeasurePages.sorted(measure);
		List<MeasureValue> drawn = MeasureSparkline.latest(history.figures());
		BigDecimal target = (unit == MeasureUnit.NARRATIVE) ? null : measure.getTargetValue();
		MeasureSparkline sparkline = MeasureSparkline.of(drawn.stream().map(MeasureValue::getNumericValue).toList(),
				target, comparators.stream().map(MeasureComparator::getValue).filter((v) -> v != null).toList());
		DirectionOfTravel direction = history.direction();
		MeasureValue latest = history.latestFigure();
		MeasureValue previous = history.previousFigure();
		boolean rose = latest != null && previous != null
				&& latest.getNumericValue().compareTo(previous.getNumericValue()) > 0;
		return new MeasureTrend(measure.getId(), measure.getHeading(), measure.getName(), measure.getTargetText(),
				MeasureAmount.of(measure.getTargetValue(), unit),
				comparators.stream().map(MeasureComparison::of).toList(), ReportedValue.of(history.latest()),
				drawn.stream()
					.map((v) -> new MeasureTrend.Figure(v.getPeriodLabel(),
							MeasureAmount.of(v.getNumericValue(), unit)))
					.toList(),
				sparkline, direction, MeasureTrend.arrow(direction, rose), history.assessment().rating());
	}

}
