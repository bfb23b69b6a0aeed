package org.waymark.measure;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a lead or the business manager sets about a measure, as a change to save.
 *
 * @param heading the group heading it sits under, or null
 * @param name what is measured
 * @param unit what its numbers count
 * @param polarity which way is better
 * @param decimalPlaces the precision values are shown and compared at
 * @param targetValue the target figure, or null
 * @param targetText the target as worded, or null
 * @param frequency how often it is reported, or null
 * @param dataSource where the figures come from, or null
 * @param comparators the comparators in order
 */
public record MeasureDetails(String heading, String name, MeasureUnit unit, Polarity polarity, int decimalPlaces,
		BigDecimal targetValue, String targetText, String frequency, String dataSource,
		List<ComparatorDetails> comparators) {

	public MeasureDetails {
		comparators = List.copyOf(comparators);
	}

	/** What is saved for the measure now. */
	public static MeasureDetails of(Measure measure) {
		return new MeasureDetails(measure.getHeading(), measure.getName(), measure.getUnit(), measure.getPolarity(),
				measure.getDecimalPlaces(), measure.getTargetValue(), measure.getTargetText(), measure.getFrequency(),
				measure.getDataSource(),
				measure.getComparators()
					.stream()
					.sorted(Comparator.comparingInt(MeasureComparator::getPosition))
					.map((c) -> new ComparatorDetails(c.getLabel(), c.getValue(), c.getPeriod()))
					.toList());
	}

	void applyTo(Measure measure) {
		measure.setHeading(this.heading);
		measure.define(this.name, this.unit, this.polarity, this.decimalPlaces);
		measure.setTarget(this.targetValue, this.targetText);
		measure.setFrequency(this.frequency);
		measure.setDataSource(this.dataSource);
		measure.replaceComparators(this.comparators);
	}

}
