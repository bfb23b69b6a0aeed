package org.waymark.measure;

/**
 * A change to a measure made from a form that showed an older version of it: someone else
 * saved the measure in between, and saving would overwrite what they did.
 */
public class MeasureChangedException extends RuntimeException {

	public MeasureChangedException(long measureId) {
		super("Measure " + measureId + " was changed by someone else");
	}

}
