package org.waymark.measure;

/**
 * Which way a measure should move to count as an improvement. Measures with no preferred
 * direction, such as the number of children looked after, are {@link #NEITHER} and never
 * get a direction of travel.
 */
public enum Polarity {

	HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER;

	public String messageKey() {
		return "polarity." + name();
	}

}
