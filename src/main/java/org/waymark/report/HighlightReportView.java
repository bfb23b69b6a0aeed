package org.waymark.report;

import org.waymark.measure.DirectionAssessment;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.ReportedValue;
import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * A highlight report as its read view shows it, laid out like the paper template: the
 * header, the seven numbered sections, the measures table grouped by heading, and the
 * case studies.
 */
public record HighlightReportView(Header header, Status status, Section achievements, Section slippage,
		Section nextPeriod, Section risks, Section issues, Section variances, Section decisionsRequired,
		List<MeasureTable> measureTables, List<CaseStudyView> caseStudies, Actions actions,
		List<RevisionLink> revisions) {

	/**
	 * Sections 3 to 7, each under its own numbered heading (section 2 has two parts under
	 * one).
	 */
	public List<Section> numberedSections() {
		return List.of(this.nextPeriod, this.risks, this.issues, this.variances, this.decisionsRequired);
	}

	/**
	 * The report's header block.
	 *
	 * @param year the financial year, "2017/18"
	 * @param reportDate "12 January 2018", or null
	 * @param quarter "Year 2 Q3 (October–December 2017)"
	 * @param returnComment what the business manager asked to change, shown while the
	 * report is returned
	 * @param correctionReason why this revision corrects the published one, or null
	 */
	public record Header(long reportId, long programmeId, int programmeNumber, String programmeTitle,
			String deliveryGroup, String chairName, String chairTitle, String scrutinyChampions, String year,
			String reportDate, String quarter, String quarterLabel, ReportState state, int revision, String sourceNote,
			FormattedText returnComment, String correctionReason, String programmeLabel) {

		/**
		 * Whether the lead may still be writing it, so an empty section is "not written
		 * yet" rather than missing.
		 */
		public boolean beingWritten() {
			return this.state.editableByLead();
		}

	}

	/**
	 * Section 1, the overall status.
	 *
	 * @param rag the status, or null while a draft has none
	 * @param asWritten the status in the report's own words, only where they say more
	 * than the RAG
	 * @param trend the computed trend against the previous quarter's published status, or
	 * null without a status
	 */
	public record Status(Rag rag, String asWritten, StatusTrend trend, FormattedText reason) {
	}

	/**
	 * A narrative section: its text or nil return, and for the risks section the risks
	 * from the register it names, as it named them when saved (empty for the others).
	 */
	public record Section(SectionType type, boolean nilReturn, FormattedText body, List<PickedRisk> risks) {

		public Section {
			risks = List.copyOf(risks);
		}

		public boolean written() {
			return !this.nilReturn && !this.body.isEmpty();
		}

		/** Whether there is nothing to show: no text, no risks and no nil return. */
		public boolean blank() {
			return !this.nilReturn && this.body.isEmpty() && this.risks.isEmpty();
		}

	}

	/**
	 * The measures under one heading; the heading is null for measures that have none.
	 */
	public record MeasureTable(String heading, List<MeasureRow> rows) {
	}

	public record MeasureRow(String name, String targetText, MeasureAmount target, List<MeasureComparison> comparators,
			ReportedValue current, ReportedValue previous, DirectionAssessment direction) {
	}

	public record CaseStudyView(long id, String title, FormattedText summary, Download download) {
	}

	/** A link to an attachment; the size is given in {@code sizeMessageKey}'s unit. */
	public record Download(String href, String fileName, long size, String sizeMessageKey) {
	}

	/**
	 * What the reader may do with the report, as buttons on the page; the server checks
	 * each again when it is used.
	 *
	 * @param version the report's version, sent with review actions
	 * @param write carry on writing it (a lead's draft, or an admin's correction)
	 * @param review return it or publish it (submitted, for admins)
	 * @param publishCorrection publish a finished correction (for admins)
	 * @param correct start a correction (the latest published revision, for admins)
	 * @param history see its revision history (those who may see its drafts)
	 */
	public record Actions(long version, boolean write, boolean review, boolean publishCorrection, boolean correct,
			boolean history) {

		public boolean any() {
			return this.write || this.review || this.publishCorrection || this.correct || this.history;
		}

	}

	/** Another revision of the same quarter's report that the reader may open. */
	public record RevisionLink(long reportId, int revision, ReportState state, boolean current) {
	}

}
