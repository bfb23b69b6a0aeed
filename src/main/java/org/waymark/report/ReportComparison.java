package org.waymark.report;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureAmount;
import org.waymark.report.HighlightReportView.Header;
import org.waymark.report.ReportHistory.Author;
import org.waymark.shared.FormattedText;
import org.waymark.shared.TextDiff;

import java.util.List;

/**
 * What changed in a highlight report between two change sets, section by section, as the
 * comparison page shows it: the stage, the overall status and its reason, each narrative
 * section (a word-by-word difference), the measures table and the case studies; and, by
 * name, the parts that did not change.
 *
 * @param from the earlier change set
 * @param to the later change set
 * @param stage how the stage changed, or null when it did not
 * @param status how the overall status or its reason changed, or null when neither did
 * @param sections the sections that changed, in the report's order
 * @param measures the measure rows that changed, in the table's order
 * @param caseStudies the case studies added, removed or changed
 * @param unchanged the parts that did not change (message keys), in the report's order
 */
public record ReportComparison(Header header, Side from, Side to, StageChange stage, StatusChange status,
		List<SectionChange> sections, List<MeasureChange> measures, List<CaseStudyChange> caseStudies,
		List<String> unchanged) {

	/** Whether the same change set was chosen twice. */
	public boolean sameChangeSet() {
		return this.from.number() == this.to.number();
	}

	/** Whether nothing a reader sees changed. */
	public boolean nothingChanged() {
		return this.stage == null && this.status == null && this.sections.isEmpty() && this.measures.isEmpty()
				&& this.caseStudies.isEmpty();
	}

	/**
	 * One end of the comparison: the change set's number, where it comes in the report's
	 * history, when and by whom.
	 */
	public record Side(int number, int sequence, String when, Author author) {
	}

	/**
	 * The stage before and after, with the business manager's comment where the report
	 * was returned.
	 */
	public record StageChange(ReportState before, ReportState after, FormattedText returnComment) {
	}

	/**
	 * The overall status before and after (either may be null: not chosen yet), and the
	 * difference in its reason.
	 */
	public record StatusChange(Rag before, Rag after, TextDiff reason) {

		public boolean ragChanged() {
			return this.before != this.after;
		}

	}

	/**
	 * A narrative section that changed: its text, word by word, whether it was a nil
	 * return before and after, and for the risks section the risks from the register it
	 * named before and after (empty for the other sections).
	 */
	public record SectionChange(SectionType type, boolean nilReturnBefore, boolean nilReturnAfter, TextDiff text,
			List<PickedRisk> risksBefore, List<PickedRisk> risksAfter) {

		public SectionChange(SectionType type, boolean nilReturnBefore, boolean nilReturnAfter, TextDiff text) {
			this(type, nilReturnBefore, nilReturnAfter, text, List.of(), List.of());
		}

		public boolean nilReturnChanged() {
			return this.nilReturnBefore != this.nilReturnAfter;
		}

		public boolean risksChanged() {
			return !this.risksBefore.equals(this.risksAfter);
		}

	}

	/** A row of the measures table that changed: the measure's name and both versions. */
	public record MeasureChange(String name, MeasureSide before, MeasureSide after) {
	}

	/**
	 * One version of a measure row.
	 *
	 * @param present whether the row existed (a row is added or removed only with its
	 * measure)
	 * @param hasValue whether a value had been entered
	 * @param amount the value as a number in the measure's unit, or null
	 * @param text the value in words, or null
	 * @param override the direction of travel the lead set, or null when computed
	 */
	public record MeasureSide(boolean present, boolean hasValue, MeasureAmount amount, String text, String period,
			DataStatus dataStatus, DirectionOfTravel override, String overrideReason) {

		static final MeasureSide ABSENT = new MeasureSide(false, false, null, null, null, null, null, null);

		/** Whether to say why there is no figure (a status other than "reported"). */
		public boolean showDataStatus() {
			return this.dataStatus != null && this.dataStatus != DataStatus.REPORTED;
		}

	}

	/** What happened to a case study. */
	public enum CaseStudyChangeKind {

		ADDED, REMOVED, CHANGED;

		public String messageKey() {
			return "report.compare.caseStudy." + name();
		}

	}

	/**
	 * A case study added, removed or changed: its title (the later one), and for a
	 * changed one, the differences in its title and summary and whether its file changed.
	 */
	public record CaseStudyChange(CaseStudyChangeKind kind, String title, TextDiff titleDiff, TextDiff summary,
			boolean fileChanged) {

		public boolean textChanged() {
			return (this.titleDiff != null && this.titleDiff.hasChanges())
					|| (this.summary != null && this.summary.hasChanges());
		}

	}

}
