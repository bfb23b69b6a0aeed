package org.waymark.report;

import org.waymark.report.HighlightReportView.Header;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskScore;
import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * One narrative section of a report being written, as its form shows it.
 *
 * @param fingerprint what the form showed, sent back with the save
 * @param promised for section 2, what last quarter's report said would be done in this
 * one
 * @param register for the risks section, the programme's risks to pick from; null for the
 * other sections
 */
public record SectionDraft(Header header, SectionType type, String body, boolean nilReturn, String fingerprint,
		FormattedText promised, RiskRegister register) {

	/**
	 * Whether last quarter's promises are shown open: on the achievements page, where
	 * they are what the lead reports against.
	 */
	public boolean promisedOpen() {
		return this.type == SectionType.ACHIEVEMENTS;
	}

	/** The saved text as paragraphs and lists, for showing beside a form. */
	public FormattedText formattedBody() {
		return FormattedText.of(this.body);
	}

	/**
	 * The programme's register as the risks section offers it: its open risks and any
	 * risk the report names that has since been closed, in register order.
	 *
	 * @param planId the plan whose register it is, for the link to it
	 * @param picked the ids of the risks the report names now
	 */
	public record RiskRegister(long planId, long programmeId, List<RiskOption> options, List<Long> picked) {

		/** The risks the report names now, for showing beside a form that conflicted. */
		public List<RiskOption> pickedOptions() {
			return this.options.stream().filter((option) -> this.picked.contains(option.id())).toList();
		}

		/** Whether the register has nothing to offer. */
		public boolean isEmpty() {
			return this.options.isEmpty();
		}

	}

	/**
	 * A risk offered for picking, as the register describes it now.
	 *
	 * @param score null while unscored
	 * @param band null while unscored
	 * @param closed whether it has been closed since the report named it
	 */
	public record RiskOption(long id, String reference, String title, RiskScore score, RiskBand band, boolean closed) {
	}

}
