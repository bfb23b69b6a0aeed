package org.waymark.pack;

import org.springframework.context.MessageSource;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.measure.DataStatus;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureUnit;
import org.waymark.pack.QuarterData.ActionRow;
import org.waymark.pack.QuarterData.Comparator;
import org.waymark.pack.QuarterData.MeasureRow;
import org.waymark.pack.QuarterData.StatusRow;
import org.waymark.pack.QuarterData.Value;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.SpreadsheetWriter.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A quarter's data as rows of text, one {@link Table} per {@link QuarterSheet}. Ratings,
 * trends and states are written in the words the pages use (from messages.properties),
 * never as codes; figures are written plainly ("42760", "3.9") beside the value as
 * reported; every row carries the database ids of what it describes, which never change,
 * so that a later export can be matched row by row. The headings are the files' format,
 * documented in docs/import-formats.md.
 */
final class QuarterSheets {

	static final List<String> STATUS_HEADINGS = List.of("Programme ID", "Programme number", "Programme", "Quarter",
			"Status", "Status from", "Trend", "Reason for the status", "Return", "Exemption reason", "Report ID",
			"Report state", "Report revision");

	static final List<String> MEASURE_HEADINGS = List.of("Measure ID", "Programme number", "Measure", "Unit", "Period",
			"Current value", "Current value (number)", "Data status", "Previous period", "Previous value",
			"Previous value (number)", "Target", "Target (number)", "Comparators", "Direction of travel",
			"Direction note", "Against target", "Report ID");

	static final List<String> ACTION_HEADINGS = List.of("Action ID", "Programme number", "Objective number",
			"Objective", "Action", "Owners", "Deadline", "BRAG", "Overdue");

	/** Files are written in British English, as the pages are. */
	private static final Locale LOCALE = Locale.UK;

	private final MessageSource messages;

	QuarterSheets(MessageSource messages) {
		this.messages = messages;
	}

	/** Every sheet, in the workbook's order. */
	List<Table> tables(QuarterData data) {
		return Arrays.stream(QuarterSheet.values()).map((sheet) -> table(sheet, data)).toList();
	}

	Table table(QuarterSheet sheet, QuarterData data) {
		return switch (sheet) {
			case STATUSES -> new Table(sheet.sheetName(), STATUS_HEADINGS,
					data.statuses().stream().map((status) -> statusRow(status, data.periodLabel())).toList());
			case MEASURES ->
				new Table(sheet.sheetName(), MEASURE_HEADINGS, data.measures().stream().map(this::measureRow).toList());
			case ACTIONS ->
				new Table(sheet.sheetName(), ACTION_HEADINGS, data.actions().stream().map(this::actionRow).toList());
		};
	}

	List<String> statusRow(StatusRow row, String periodLabel) {
		String from = null;
		if (row.status() != null) {
			from = word(row.statusFromSummary() ? "pack.statusFrom.summary" : "pack.statusFrom.report");
		}
		return cells(String.valueOf(row.programmeId()), String.valueOf(row.programmeNumber()), row.programmeTitle(),
				periodLabel, (row.status() != null) ? word(row.status().messageKey()) : null, from,
				(row.trend() != null) ? word(row.trend().messageKey()) : null, row.reason(),
				word(row.returnStatus().messageKey()), row.exemptionReason(), id(row.reportId()),
				(row.reportState() != null) ? word(row.reportState().messageKey()) : null,
				(row.reportId() != null) ? String.valueOf(row.revision()) : null);
	}

	List<String> measureRow(MeasureRow row) {
		Value current = row.current();
		Value previous = row.previous();
		String target = (row.targetText() != null && !row.targetText().isBlank()) ? row.targetText()
				: amount(row.targetValue(), row.unit());
		return cells(String.valueOf(row.measureId()), String.valueOf(row.programmeNumber()), row.name(),
				word(row.unit().messageKey()), (current != null) ? current.periodLabel() : null, asReported(current),
				(current != null) ? plain(current.number()) : null,
				(current != null) ? word(current.dataStatus().messageKey()) : null,
				(previous != null) ? previous.periodLabel() : null, asReported(previous),
				(previous != null) ? plain(previous.number()) : null, target, plain(row.targetValue()),
				comparators(row.comparators(), row.unit()), word(row.direction().messageKey()),
				row.directionOverrideReason(), word(row.againstTarget().messageKey()), String.valueOf(row.reportId()));
	}

	List<String> actionRow(ActionRow row) {
		QuarterAction action = row.action();
		String deadline = (action.deadlineText() != null && !action.deadlineText().isBlank()) ? action.deadlineText()
				: DisplayDates.format(action.deadline());
		return cells(String.valueOf(action.actionId()), String.valueOf(row.programmeNumber()),
				String.valueOf(action.objectiveNumber()), action.objectiveTitle(), action.description(),
				action.owners(), deadline,
				(action.brag() != null) ? word(action.brag().messageKey()) : word("action.notRated"),
				word(action.overdue() ? "pack.yes" : "pack.no"));
	}

	/**
	 * A value as the report gave it: its text, or without text its figure, or without
	 * either why there is none.
	 */
	private String asReported(Value value) {
		if (value == null) {
			return null;
		}
		if (value.reportedText() != null && !value.reportedText().isBlank()) {
			return value.reportedText();
		}
		if (value.number() != null) {
			return plain(value.number());
		}
		return (value.dataStatus() != DataStatus.REPORTED) ? word(value.dataStatus().messageKey()) : null;
	}

	/** "England average: 3.9 per 1,000 (2014–2016); South West: 90.5%". */
	private String comparators(List<Comparator> comparators, MeasureUnit unit) {
		if (comparators.isEmpty()) {
			return null;
		}
		return comparators.stream().map((comparator) -> {
			StringBuilder text = new StringBuilder(comparator.label());
			if (comparator.value() != null) {
				text.append(": ").append(amount(comparator.value(), unit));
			}
			if (comparator.period() != null && !comparator.period().isBlank()) {
				text.append(" (").append(comparator.period()).append(')');
			}
			return text.toString();
		}).collect(Collectors.joining("; "));
	}

	/** A figure with its unit, as the pages write it ("3.9 per 1,000", "90%"). */
	private String amount(BigDecimal value, MeasureUnit unit) {
		MeasureAmount amount = MeasureAmount.of(value, unit);
		return (amount != null) ? this.messages.getMessage(amount.messageKey(), new Object[] { amount.value() }, LOCALE)
				: null;
	}

	private String word(String key) {
		return this.messages.getMessage(key, null, LOCALE);
	}

	/** A figure for a spreadsheet to calculate with: no grouping, no trailing zeros. */
	static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

	private static String id(Long id) {
		return (id != null) ? String.valueOf(id) : null;
	}

	private static List<String> cells(String... cells) {
		// Arrays.asList, not List.of: a blank cell is null.
		return Arrays.asList(cells);
	}

}
