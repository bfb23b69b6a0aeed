package org.waymark.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.DataStatus;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparator;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.MeasureEntry;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.ReportedValue;
import org.waymark.shared.ContentFingerprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A lead filling in a report's measures table: this quarter's value for each measure, the
 * period it describes, its data status, and any override of the direction of travel.
 * <p>
 * The table is saved as a whole, as a draft: rows may be left blank, and only submitting
 * asks for every row. Like the other parts of a report, the form carries the fingerprint
 * of the table it showed, and a save is refused with {@link EditConflictException} if
 * someone else has changed the table since.
 */
@Service
@Transactional
public class ReportMeasuresService {

	private final ReportGuard guard;

	private final ReportMeasureRowRepository rows;

	private final ReportDraftingService drafting;

	ReportMeasuresService(ReportGuard guard, ReportMeasureRowRepository rows, ReportDraftingService drafting) {
		this.guard = guard;
		this.rows = rows;
		this.drafting = drafting;
	}

	/** The measures table as the form shows it (three queries). */
	@Transactional(readOnly = true)
	public MeasuresDraft draft(long reportId, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		List<ReportMeasureRow> table = this.rows.findForReport(reportId);
		Map<String, List<MeasuresDraft.Row>> byHeading = new LinkedHashMap<>();
		for (int index = 0; index < table.size(); index++) {
			ReportMeasureRow row = table.get(index);
			Measure measure = row.getMeasure();
			List<MeasureComparison> comparators = measure.getComparators()
				.stream()
				.sorted(Comparator.comparingInt(MeasureComparator::getPosition))
				.map(MeasureComparison::of)
				.toList();
			byHeading.computeIfAbsent(measure.getHeading(), (heading) -> new ArrayList<>())
				.add(new MeasuresDraft.Row(index, row.getId(), measure.getName(), measure.getUnit(),
						measure.getTargetText(), MeasureAmount.of(measure.getTargetValue(), measure.getUnit()),
						comparators, ReportedValue.of(row.getPreviousValue()), ReportedValue.of(row.getCurrentValue()),
						row.direction(), MeasureRowInput.of(row)));
		}
		List<MeasuresDraft.Group> groups = byHeading.entrySet()
			.stream()
			.map((e) -> new MeasuresDraft.Group(e.getKey(), e.getValue()))
			.toList();
		return new MeasuresDraft(HighlightReportService.header(report), fingerprint(table), groups);
	}

	/**
	 * Saves the table: the rows as typed, in the table's order; rows beyond the table are
	 * ignored and rows not sent are left as they are. The direction of travel is worked
	 * out again from the saved figures whenever the report is shown.
	 * @param seenFingerprint the fingerprint of the table the form showed
	 * @throws EditConflictException if someone else changed the table since
	 * @throws IllegalArgumentException if a row has a problem
	 * ({@link MeasureRowInput#problems}), which the form should have caught
	 */
	public void save(long reportId, List<MeasureRowInput> typed, String seenFingerprint, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		List<ReportMeasureRow> table = this.rows.findForReport(reportId);
		if (!fingerprint(table).equals(seenFingerprint)) {
			throw new EditConflictException(reportId);
		}
		// A correction starts with the published revision's values; changing one in place
		// would change what was published.
		Set<Long> shared = report.isCorrection() ? Set.copyOf(this.rows.findCurrentValuesSharedWithOthers(reportId))
				: Set.of();
		boolean changed = false;
		for (int index = 0; index < table.size() && index < typed.size(); index++) {
			changed |= apply(table.get(index), typed.get(index), shared);
		}
		if (changed) {
			this.drafting.touch(report);
		}
	}

	/** Records what was typed for one row, if it differs from what is stored. */
	private static boolean apply(ReportMeasureRow row, MeasureRowInput input, Set<Long> shared) {
		MeasureRowInput saved = MeasureRowInput.of(row);
		List<MeasureRowInput.Problem> problems = input.problems(row.getMeasure().getUnit(), saved.value());
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Measure row " + row.getId() + " cannot be saved: " + problems);
		}
		boolean changed = false;
		MeasureValue current = row.getCurrentValue();
		String period = ReportDraftingService.blankToNull(input.period());
		DataStatus status = (input.dataStatus() != null) ? input.dataStatus() : DataStatus.REPORTED;
		// A value left as it was keeps the figure it was saved with.
		MeasureEntry entry = input.unchanged(saved.value())
				? new MeasureEntry(current.getNumericValue(), current.getReportedText(), null)
				: MeasureEntry.read(input.value(), row.getMeasure().getUnit());
		boolean valueChanged = (current == null) ? !entry.isEmpty() || period != null || status != DataStatus.REPORTED
				: !Objects.equals(current.getPeriodLabel(), period)
						|| !sameNumber(current.getNumericValue(), entry.number())
						|| !Objects.equals(current.getReportedText(), entry.text())
						|| current.getDataStatus() != status;
		if (valueChanged) {
			if (current != null && shared.contains(current.getId())) {
				row.recordCurrentAsNew(period, entry.number(), entry.text(), status);
			}
			else {
				row.recordCurrent(period, entry.number(), entry.text(), status);
			}
			changed = true;
		}
		String reason = ReportDraftingService.blankToNull(input.overrideReason());
		if (input.override() != row.getDirectionOverride() || !Objects.equals(reason, row.getOverrideReason())) {
			if (input.override() == null) {
				row.clearDirectionOverride();
			}
			else {
				row.overrideDirection(input.override(), reason);
			}
			changed = true;
		}
		return changed;
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** The table as stored: every row's value, period, status and override, in order. */
	static String fingerprint(List<ReportMeasureRow> table) {
		List<Object> values = new ArrayList<>();
		for (ReportMeasureRow row : table) {
			MeasureValue current = row.getCurrentValue();
			MeasureRowInput saved = MeasureRowInput.of(row);
			values.add(row.getId());
			values.add((current != null && current.getNumericValue() != null)
					? current.getNumericValue().stripTrailingZeros().toPlainString() : null);
			values.add(saved.value());
			values.add(saved.period());
			values.add(saved.dataStatus());
			values.add(saved.override());
			values.add(saved.overrideReason());
		}
		return ContentFingerprint.of(values.toArray());
	}

}
