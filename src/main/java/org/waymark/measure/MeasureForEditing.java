package org.waymark.measure;

/**
 * What a measure's form needs: whose measure it is, and for a measure that exists, what
 * is saved and the version the form shows.
 *
 * @param measureId the measure, or null for a new one
 * @param version the saved version, 0 for a new measure
 * @param saved what is saved, or null for a new measure
 */
public record MeasureForEditing(Long measureId, long version, long programmeId, int programmeNumber,
		String programmeLabel, String programmeTitle, MeasureDetails saved) {

	public boolean isNew() {
		return this.measureId == null;
	}

}
