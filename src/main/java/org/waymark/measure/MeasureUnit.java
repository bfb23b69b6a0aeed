package org.waymark.measure;

/** What a measure's numbers count; NARRATIVE measures are reported in words only. */
public enum MeasureUnit {

	PERCENT, COUNT, RATE_PER_1000, RATE_PER_10000, RATE_PER_100000, SCORE, NARRATIVE;

	public String messageKey() {
		return "unit." + name();
	}

}
