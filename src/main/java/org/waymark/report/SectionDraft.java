package org.waymark.report;

import org.waymark.report.HighlightReportView.Header;
import org.waymark.shared.FormattedText;

/**
 * One narrative section of a report being written, as its form shows it.
 *
 * @param fingerprint what the form showed, sent back with the save
 * @param promised for section 2, what last quarter's report said would be done in this
 * one
 */
public record SectionDraft(Header header, SectionType type, String body, boolean nilReturn, String fingerprint,
		FormattedText promised) {

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

}
