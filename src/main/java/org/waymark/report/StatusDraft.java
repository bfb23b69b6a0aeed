package org.waymark.report;

import org.waymark.report.HighlightReportView.Header;
import org.waymark.shared.FormattedText;

/**
 * Section 1 of a report being written, as its form shows it.
 *
 * @param fingerprint what the form showed, sent back with the save
 * @param previousStatus the previous quarter's published status the trend is computed
 * from, or null
 */
public record StatusDraft(Header header, Rag status, String reason, String fingerprint, Rag previousStatus) {

	/** The saved reason as paragraphs and lists, for showing beside a form. */
	public FormattedText formattedReason() {
		return FormattedText.of(this.reason);
	}

}
