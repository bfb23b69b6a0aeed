package org.waymark.report;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A highlight report as it stood after one audited change set: what a reader would have
 * seen, rebuilt from the audit tables. Only what the history compares is kept.
 *
 * @param sections the narrative sections by type
 * @param measures the measures table's rows by row id
 * @param caseStudies the case studies by id
 */
record ReportSnapshot(ReportState state, Rag status, String statusReason, String returnComment,
		Map<SectionType, SectionText> sections, Map<Long, MeasureEntry> measures,
		Map<Long, CaseStudyEntry> caseStudies) {

	ReportSnapshot {
		sections = Map.copyOf(sections);
		measures = Map.copyOf(measures);
		caseStudies = Map.copyOf(caseStudies);
	}

	SectionText section(SectionType type) {
		return this.sections.getOrDefault(type, SectionText.EMPTY);
	}

	/** A narrative section's text, or its nil return. */
	record SectionText(String body, boolean nilReturn) {

		static final SectionText EMPTY = new SectionText(null, false);

	}

	/**
	 * One row of the measures table: the measure, this quarter's value (all null until
	 * the lead enters one) and any override of the direction of travel.
	 *
	 * @param number the value as a number, without trailing zeros, or null
	 * @param text the value in words, or null
	 */
	record MeasureEntry(long measureId, int position, boolean hasValue, String periodLabel, BigDecimal number,
			String text, DataStatus dataStatus, DirectionOfTravel override, String overrideReason) {

		MeasureEntry {
			number = (number == null) ? null : number.stripTrailingZeros();
		}

	}

	/** A case study: its title, summary, and the id of its attached file, if any. */
	record CaseStudyEntry(String title, String summary, Long attachmentId, int position) {
	}

}
