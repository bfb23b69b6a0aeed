package org.waymark.measure;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

}
