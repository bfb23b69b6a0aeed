package org.waymark.report;

import org.waymark.report.HighlightReportView.Download;
import org.waymark.report.HighlightReportView.Header;
import org.waymark.shared.FormattedText;

/**
 * One case study of a report being written, as the pages for changing or removing it show
 * it.
 *
 * @param download its file, or null
 * @param fingerprint what the page showed, sent back with the change
 */
public record CaseStudyDraft(Header header, long id, String title, String summary, Download download,
		String fingerprint) {

	/** The saved summary as paragraphs and lists, for showing beside a form. */
	public FormattedText formattedSummary() {
		return FormattedText.of(this.summary);
	}

}
