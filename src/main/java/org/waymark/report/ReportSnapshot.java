package org.waymark.report;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A highlight report as it stood after one audited change set: what a reader would have
 * seen, rebuilt from the audit tables. Only what the history compares is kept.
 *
 * @param sections the narrative sections by type
 * @param measures the measures table's rows by row id
 * @param caseStudies the case studies by id
 * @param risks the risks from the register the risks section names, by row id
 */
record ReportSnapshot(ReportState state, Rag status, String statusReason, String returnComment,
		Map<SectionType, SectionText> sections, Map<Long, MeasureEntry> measures, Map<Long, CaseStudyEntry> caseStudies,
		Map<Long, RiskEntry> risks) {

	ReportSnapshot {
		sections = Map.copyOf(sections);
		measures = Map.copyOf(measures);
		caseStudies = Map.copyOf(caseStudies);
		risks = Map.copyOf(risks);
	}

	ReportSnapshot(ReportState state, Rag status, String statusReason, String returnComment,
			Map<SectionType, SectionText> sections, Map<Long, MeasureEntry> measures,
			Map<Long, CaseStudyEntry> caseStudies) {
		this(state, status, statusReason, returnComment, sections, measures, caseStudies, Map.of());
	}

	/** The risks the risks section names, in its order. */
	List<RiskEntry> pickedRisks() {
		return this.risks.values().stream().sorted(Comparator.comparingInt(RiskEntry::position)).toList();
	}

	/**
	 * Whether a section says something different: its text or nil return, and for the
	 * risks section the risks it names.
	 */
	boolean sectionDiffers(SectionType type, ReportSnapshot other) {
		return !section(type).equals(other.section(type))
				|| (type == SectionType.RISKS && !pickedRisks().equals(other.pickedRisks()));
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

	/** A risk the risks section names, as the report named it. */
	record RiskEntry(long riskId, int position, String reference, String title, Integer likelihood, Integer impact) {
	}

}
