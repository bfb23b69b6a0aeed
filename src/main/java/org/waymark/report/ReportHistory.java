package org.waymark.report;

import org.waymark.report.HighlightReportView.Header;
import org.waymark.report.HighlightReportView.RevisionLink;

import java.util.List;

/**
 * A highlight report's history of changes as its page shows it: every change set that
 * touched the report, newest first, with who made it, what it changed and any change of
 * stage; the report's other revisions (a correction and what it corrects); and the change
 * sets to choose from when comparing two.
 *
 * @param entries the change sets, newest first
 * @param revisions every revision of the report for its quarter, oldest first (one entry
 * when it was never corrected)
 * @param choices the change sets, newest first, for the comparison form
 */
public record ReportHistory(Header header, List<Entry> entries, List<RevisionLink> revisions, List<Choice> choices) {

	/** The change set the comparison form starts from: the one before the latest. */
	public Integer defaultFrom() {
		return (this.entries.size() > 1) ? this.entries.get(1).number() : null;
	}

	/** The change set the comparison form compares with: the latest. */
	public Integer defaultTo() {
		return this.entries.isEmpty() ? null : this.entries.get(0).number();
	}

	/**
	 * One change set.
	 *
	 * @param number the audit revision number, which the comparison names
	 * @param sequence where it comes in the report's history, 1 for the first
	 * @param when "12 January 2018 at 9:05am"
	 * @param parts what it changed, in the report's order
	 * @param stage the stage the report moved to, or null when it did not move
	 * @param previous the change set before it, to compare with; null for the first
	 */
	public record Entry(int number, int sequence, String when, Author author, List<Part> parts, ReportState stage,
			Integer previous) {
	}

	/**
	 * Who made a change: a person's name (or the username, when no account has it), or
	 * Waymark itself loading data.
	 */
	public record Author(String name, boolean waymark) {
	}

	/**
	 * A part of the report a change set changed: a message, and its argument where it
	 * takes one (how many measures changed).
	 */
	public record Part(String messageKey, Object argument) {

		static Part of(String messageKey) {
			return new Part(messageKey, null);
		}

	}

	/** A change set in the comparison form's lists. */
	public record Choice(int number, int sequence, String when, Author author) {
	}

}
