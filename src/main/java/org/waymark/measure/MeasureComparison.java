package org.waymark.measure;

/**
 * A comparator as shown beside a measure: "England average", 3.9 per 1,000, "2014–2016".
 *
 * @param label what the figure is, as written
 * @param amount the figure, or null where the label says it all
 * @param period the period the figure describes, or null
 */
public record MeasureComparison(String label, MeasureAmount amount, String period) {

	public static MeasureComparison of(MeasureComparator comparator) {
		return new MeasureComparison(comparator.getLabel(),
				MeasureAmount.of(comparator.getValue(), comparator.getMeasure().getUnit()), comparator.getPeriod());
	}

}
