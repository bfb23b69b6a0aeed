package org.waymark.measure;

import org.waymark.shared.FormattedText;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A measure value as shown in a table: the text as reported (breakdowns keep their line
 * breaks), the period it describes, and its data status for when there is no figure.
 *
 * @param text the value as reported; empty when there is none
 * @param period the period as written, "R12 months ending December 17", or null
 * @param dataStatus whether the figure was reported or why it was not
 */
public record ReportedValue(FormattedText text, String period, DataStatus dataStatus) {

	/** The value, or null when there is none. */
	public static ReportedValue of(MeasureValue value) {
		if (value == null) {
			return null;
		}
		return new ReportedValue(FormattedText.of(value.getReportedText()), value.getPeriodLabel(),
				value.getDataStatus());
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/**
	 * The period to show under the value: none when the value as reported already names
	 * it ("42,760 (R12 months ending December 17)"), so the table does not say it twice.
	 */
	public String periodNote() {
		if (this.period == null || this.period.isBlank()) {
			return null;
		}
		String reported = this.text.blocks()
			.stream()
			.flatMap((block) -> block.lines().stream())
			.collect(Collectors.joining(" "));
		return normalise(reported).contains(normalise(this.period)) ? null : this.period;
	}

	private static String normalise(String text) {
		return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

}
