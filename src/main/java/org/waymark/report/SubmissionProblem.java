package org.waymark.report;

/**
 * One thing that stops a highlight report being submitted: a missing overall status or
 * reason, a section neither written nor marked nil return, or a measure row with neither
 * a value nor a data status.
 *
 * @param part which part of the report is missing
 * @param section the section, for {@link Part#SECTION}
 * @param measureRowId the measure row, for {@link Part#MEASURE_ROW}
 * @param measureName the measure's name, for {@link Part#MEASURE_ROW}
 */
public record SubmissionProblem(Part part, SectionType section, Long measureRowId, String measureName) {

	/** The parts of a report a problem can be in. */
	public enum Part {

		STATUS, STATUS_REASON, SECTION, MEASURE_ROW

	}

	static SubmissionProblem missingStatus() {
		return new SubmissionProblem(Part.STATUS, null, null, null);
	}

	static SubmissionProblem missingStatusReason() {
		return new SubmissionProblem(Part.STATUS_REASON, null, null, null);
	}

	static SubmissionProblem incompleteSection(SectionType section) {
		return new SubmissionProblem(Part.SECTION, section, null, null);
	}

	static SubmissionProblem unansweredMeasure(ReportMeasureRow row) {
		return new SubmissionProblem(Part.MEASURE_ROW, null, row.getId(), row.getMeasure().getName());
	}

	@Override
	public String toString() {
		return switch (this.part) {
			case STATUS -> "overall status";
			case STATUS_REASON -> "reason for the status";
			case SECTION -> this.section.name();
			case MEASURE_ROW -> "measure '" + this.measureName + "'";
		};
	}

}
