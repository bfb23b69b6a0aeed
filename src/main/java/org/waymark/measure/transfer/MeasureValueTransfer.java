package org.waymark.measure.transfer;

import jakarta.persistence.EntityManager;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.DataStatus;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureEntry;
import org.waymark.measure.MeasureValue;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.ImportOutcome;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.RowProblem;
import org.waymark.shared.SpreadsheetFile;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetRow;
import org.waymark.shared.SpreadsheetWriter;
import org.waymark.user.AccessPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.waymark.measure.transfer.MeasureValueColumns.DATA_STATUS;
import static org.waymark.measure.transfer.MeasureValueColumns.DEFINITION_CHANGED;
import static org.waymark.measure.transfer.MeasureValueColumns.MEASURE;
import static org.waymark.measure.transfer.MeasureValueColumns.MEASURE_ID;
import static org.waymark.measure.transfer.MeasureValueColumns.PERIOD;
import static org.waymark.measure.transfer.MeasureValueColumns.PERIOD_END;
import static org.waymark.measure.transfer.MeasureValueColumns.VALUE;

/**
 * A programme's measure values to and from a spreadsheet. The export holds the values
 * that stand (those of published reports and earlier imports), which everyone signed in
 * may read; imports are for the programme's leads and admins. The rules
 * (docs/import-formats.md):
 * <ul>
 * <li>A row's measure is found by its Measure ID or else its exact name, within the
 * programme.</li>
 * <li>A value is matched by measure and period end: an existing value is updated, else
 * one is added, standing at once (not provisional). Values not in the file are left as
 * they are.</li>
 * <li>A period a report being written already holds a value for (a provisional value) is
 * an error: the report owns that value until it is published.</li>
 * <li>The value is read as a lead types it into a report ({@link MeasureEntry}): "54.3%"
 * is the figure 54.3; words are kept as words.</li>
 * </ul>
 */
@Service
public class MeasureValueTransfer {

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

	private static final List<List<String>> TEMPLATE_ROWS = List.of(
			List.of("", "% of children who have more than 3 placements in 12 months", "Q3 2017/18", "2017-12-31",
					"11.2%", "Reported", "No"),
			List.of("", "Number of children subject to a child protection plan", "2017/18", "2018-03-31", "",
					"Awaiting data", "No"));

	private final MeasureValueTransferRepository repository;

	private final AccessPolicy access;

	private final MessageSource messages;

	private final EntityManager entityManager;

	MeasureValueTransfer(MeasureValueTransferRepository repository, AccessPolicy access, MessageSource messages,
			EntityManager entityManager) {
		this.repository = repository;
		this.access = access;
		this.messages = messages;
		this.entityManager = entityManager;
	}

	/** The values that stand, for anyone signed in. */
	@Transactional(readOnly = true)
	public SpreadsheetFile export(long programmeId, SpreadsheetFormat format, Authentication who) {
		ImprovementProgramme programme = programme(programmeId);
		if (!this.access.canView(who, programmeId, AccessPolicy.Visibility.PUBLISHED)) {
			throw new AccessDeniedException("Measure values of programme " + programmeId);
		}
		List<List<String>> rows = new ArrayList<>();
		// Loads the measures first, so that no value loads its own.
		this.repository.measuresOf(programmeId);
		for (MeasureValue value : this.repository.valuesOf(programmeId)) {
			if (value.isProvisional()) {
				continue;
			}
			Measure measure = value.getMeasure();
			rows.add(Arrays.asList(String.valueOf(measure.getId()), measure.getName(), value.getPeriodLabel(),
					(value.getPeriodEnd() != null) ? value.getPeriodEnd().toString() : null, valueText(value),
					statusLabel(value.getDataStatus()), value.isDefinitionChanged() ? "Yes" : "No"));
		}
		return new SpreadsheetFile("measure-values-programme-" + programme.getNumber() + "." + format.extension(),
				format.contentType(), SpreadsheetWriter.write(format, "Measure values", MeasureValueColumns.ALL, rows));
	}

	public static SpreadsheetFile template(SpreadsheetFormat format) {
		return new SpreadsheetFile("measure-values-template." + format.extension(), format.contentType(),
				SpreadsheetWriter.write(format, "Measure values", MeasureValueColumns.ALL, TEMPLATE_ROWS));
	}

	/** The programme's label for the import page, for those who may import. */
	@Transactional(readOnly = true)
	public String importPage(long programmeId, Authentication who) {
		ImprovementProgramme programme = programme(programmeId);
		checkMayImport(programmeId, who);
		return programme.label();
	}

	@Transactional(readOnly = true)
	public MeasureValuePreview preview(long programmeId, List<SpreadsheetRow> rows, Authentication who) {
		ImprovementProgramme programme = programme(programmeId);
		checkMayImport(programmeId, who);
		return new Check(programme).preview(rows);
	}

	/**
	 * Imports the rows if the programme's values are as they were when previewed and the
	 * rows have no errors: all of them or, on any failure, none.
	 */
	@Transactional
	public Confirmation confirm(long programmeId, List<SpreadsheetRow> rows, String fingerprint, Authentication who) {
		ImprovementProgramme programme = programme(programmeId);
		checkMayImport(programmeId, who);
		Check check = new Check(programme);
		MeasureValuePreview preview = check.preview(rows);
		if (preview.hasErrors() || !preview.fingerprint().equals(fingerprint)) {
			return new Confirmation(false, preview);
		}
		check.apply();
		return new Confirmation(true, preview);
	}

	/**
	 * @param applied whether the rows were saved
	 * @param preview the rows as checked when confirming
	 */
	public record Confirmation(boolean applied, MeasureValuePreview preview) {
	}

	private ImprovementProgramme programme(long programmeId) {
		return this.repository.findProgramme(programmeId)
			.orElseThrow(() -> new NotFoundException("Programme " + programmeId));
	}

	private void checkMayImport(long programmeId, Authentication who) {
		if (!this.access.canEditProgramme(who, programmeId)) {
			throw new AccessDeniedException("Importing measure values into programme " + programmeId);
		}
	}

	private String statusLabel(DataStatus status) {
		return this.messages.getMessage(status.messageKey(), null, status.name(), Locale.UK);
	}

	private static String valueText(MeasureValue value) {
		if (value.getReportedText() != null) {
			return value.getReportedText();
		}
		return (value.getNumericValue() != null) ? value.getNumericValue().stripTrailingZeros().toPlainString() : null;
	}

	static LocalDate date(String text) {
		String cleaned = text.strip().replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(cleaned, format);
			}
			catch (DateTimeParseException ex) {
				// Try the next way of writing a date.
			}
		}
		return null;
	}

	static Boolean yesNo(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "no", "n", "false" -> false;
			case "yes", "y", "true" -> true;
			default -> null;
		};
	}

	private static String normalised(String text) {
		return (text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	/** One check of rows against the programme's values as loaded now. */
	private final class Check {

		private final ImprovementProgramme programme;

		private final Map<Long, Measure> measuresById = new HashMap<>();

		private final Map<String, List<Measure>> measuresByName = new HashMap<>();

		/** The value that stands for each measure and period end. */
		private final Map<String, MeasureValue> valuesByPeriod = new HashMap<>();

		/** Measures and period ends a report being written holds a value for. */
		private final Set<String> provisionalPeriods = new HashSet<>();

		private final List<Resolved> resolved = new ArrayList<>();

		private final String fingerprint;

		Check(ImprovementProgramme programme) {
			this.programme = programme;
			List<Object> state = new ArrayList<>();
			for (Measure measure : MeasureValueTransfer.this.repository.measuresOf(programme.getId())) {
				this.measuresById.put(measure.getId(), measure);
				this.measuresByName.computeIfAbsent(normalised(measure.getName()), (name) -> new ArrayList<>())
					.add(measure);
				state.add(measure.getId());
				state.add(measure.getName());
			}
			for (MeasureValue value : MeasureValueTransfer.this.repository.valuesOf(programme.getId())) {
				String key = key(value.getMeasure(), value.getPeriodEnd());
				if (value.isProvisional()) {
					this.provisionalPeriods.add(key);
				}
				else {
					this.valuesByPeriod.putIfAbsent(key, value);
				}
				state.add(value.getId());
				state.add(value.getPeriodLabel());
				state.add(value.getReportedText());
				state.add(value.getNumericValue());
				state.add(value.getDataStatus());
				state.add(value.isDefinitionChanged());
				state.add(value.isProvisional());
			}
			this.fingerprint = ContentFingerprint.of(state.toArray());
		}

		MeasureValuePreview preview(List<SpreadsheetRow> rows) {
			Map<String, Integer> seen = new HashMap<>();
			List<MeasureValuePreview.Row> previewRows = new ArrayList<>();
			for (SpreadsheetRow row : rows) {
				Resolved resolved = resolve(row, seen);
				this.resolved.add(resolved);
				ImportOutcome outcome = !resolved.problems.isEmpty() ? ImportOutcome.ERROR
						: (resolved.existing == null) ? ImportOutcome.NEW
								: resolved.changed.isEmpty() ? ImportOutcome.NO_CHANGE : ImportOutcome.CHANGED;
				previewRows.add(new MeasureValuePreview.Row(row.number(), outcome,
						(resolved.measure != null) ? resolved.measure.getName() : row.get(MEASURE), row.get(PERIOD),
						row.get(VALUE), resolved.changed, resolved.problems));
			}
			return new MeasureValuePreview(this.programme.getId(), this.programme.label(), previewRows,
					this.fingerprint);
		}

		void apply() {
			for (Resolved row : this.resolved) {
				MeasureValue value = row.existing;
				String period = blankToNull(row.row.get(PERIOD));
				if (value == null) {
					value = new MeasureValue(row.measure, period, row.periodEnd, row.entry.number(), row.entry.text());
					MeasureValueTransfer.this.entityManager.persist(value);
				}
				else if (row.changed.contains(PERIOD) || row.changed.contains(VALUE)) {
					value.record(row.row.has(PERIOD) ? period : value.getPeriodLabel(), row.entry.number(),
							row.entry.text());
				}
				if (row.status != value.getDataStatus()) {
					value.setDataStatus(row.status);
				}
				if (row.definitionChanged != value.isDefinitionChanged()) {
					value.setDefinitionChanged(row.definitionChanged);
				}
			}
		}

		private Resolved resolve(SpreadsheetRow row, Map<String, Integer> seen) {
			Resolved resolved = new Resolved(row);
			String id = row.get(MEASURE_ID);
			String name = row.get(MEASURE);
			if (!id.isEmpty()) {
				resolved.measure = ID.matcher(id).matches() ? this.measuresById.get(Long.parseLong(id)) : null;
				if (resolved.measure == null) {
					resolved.problem(MEASURE_ID, "import.values.error.measureIdUnknown", id);
				}
			}
			else if (!name.isEmpty()) {
				List<Measure> named = this.measuresByName.getOrDefault(normalised(name), List.of());
				if (named.size() == 1) {
					resolved.measure = named.get(0);
				}
				else {
					resolved.problem(MEASURE, named.isEmpty() ? "import.values.error.measureNameUnknown"
							: "import.values.error.measureNameAmbiguous", name);
				}
			}
			else {
				resolved.problem(MEASURE, "import.values.error.measureMissing");
			}
			String end = row.get(PERIOD_END);
			if (end.isEmpty()) {
				resolved.problem(PERIOD_END, "import.values.error.periodEndMissing");
			}
			else {
				resolved.periodEnd = date(end);
				if (resolved.periodEnd == null) {
					resolved.problem(PERIOD_END, "import.values.error.periodEndNotDate", end);
				}
			}
			resolved.status = DataStatus.REPORTED;
			String status = row.get(DATA_STATUS);
			if (!status.isEmpty()) {
				resolved.status = Arrays.stream(DataStatus.values())
					.filter((each) -> each.name().equalsIgnoreCase(status.replace(' ', '_'))
							|| statusLabel(each).equalsIgnoreCase(status))
					.findFirst()
					.orElse(null);
				if (resolved.status == null) {
					resolved.problem(DATA_STATUS, "import.values.error.dataStatus", status);
				}
			}
			Boolean changedDefinition = yesNo(row.get(DEFINITION_CHANGED));
			if (changedDefinition == null) {
				resolved.problem(DEFINITION_CHANGED, "import.values.error.yesNo", row.get(DEFINITION_CHANGED));
			}
			resolved.definitionChanged = Boolean.TRUE.equals(changedDefinition);
			if (resolved.measure != null) {
				resolved.entry = MeasureEntry.read(row.get(VALUE), resolved.measure.getUnit());
				MeasureValue stored = (resolved.periodEnd != null)
						? this.valuesByPeriod.get(key(resolved.measure, resolved.periodEnd)) : null;
				// A value exactly as stored is no change, however it was first read.
				boolean asStored = stored != null && stored.getReportedText() != null
						&& normalised(stored.getReportedText()).equals(normalised(row.get(VALUE)));
				if (resolved.entry.problem() != null && !asStored) {
					resolved.problem(VALUE, "import.values.error.value." + resolved.entry.problem().name(),
							row.get(VALUE));
				}
				if (resolved.periodEnd != null) {
					String key = key(resolved.measure, resolved.periodEnd);
					Integer earlier = seen.putIfAbsent(key, row.number());
					if (earlier != null) {
						resolved.problem(PERIOD_END, "import.values.error.twice", earlier);
					}
					MeasureValue existing = this.valuesByPeriod.get(key);
					if (existing != null && resolved.status != null) {
						resolved.existing = existing;
						changes(resolved);
					}
					// A report being written holds a value for the period: importing one
					// would be overwritten when it is published, so only an unchanged row
					// (which writes nothing) may name the period.
					boolean writes = existing == null || !resolved.changed.isEmpty();
					if (writes && this.provisionalPeriods.contains(key)) {
						resolved.problem(PERIOD_END, "import.values.error.provisional");
					}
				}
			}
			return resolved;
		}

		private void changes(Resolved row) {
			MeasureValue value = row.existing;
			if (row.row.has(PERIOD) && !normalised(value.getPeriodLabel()).equals(normalised(row.row.get(PERIOD)))) {
				row.changed.add(PERIOD);
			}
			boolean valueChanged = (value.getReportedText() != null)
					? !normalised(value.getReportedText()).equals(normalised(row.row.get(VALUE)))
					: !sameNumber(value.getNumericValue(), row.entry.number())
							|| (row.entry.number() == null && row.entry.text() != null);
			if (valueChanged) {
				row.changed.add(VALUE);
			}
			if (row.status != value.getDataStatus()) {
				row.changed.add(DATA_STATUS);
			}
			if (row.definitionChanged != value.isDefinitionChanged()) {
				row.changed.add(DEFINITION_CHANGED);
			}
		}

		private static boolean sameNumber(BigDecimal stored, BigDecimal given) {
			return (stored == null) ? given == null : given != null && stored.compareTo(given) == 0;
		}

		private static String key(Measure measure, LocalDate periodEnd) {
			return measure.getId() + "@" + periodEnd;
		}

		private static String blankToNull(String text) {
			String normalised = normalised(text);
			return normalised.isEmpty() ? null : normalised;
		}

	}

	/** A row as checked. */
	private static final class Resolved {

		private final SpreadsheetRow row;

		private final List<RowProblem> problems = new ArrayList<>();

		private final List<String> changed = new ArrayList<>();

		private Measure measure;

		private LocalDate periodEnd;

		private MeasureEntry entry;

		private DataStatus status;

		private boolean definitionChanged;

		private MeasureValue existing;

		Resolved(SpreadsheetRow row) {
			this.row = row;
		}

		void problem(String column, String messageKey, Object... arguments) {
			this.problems.add(RowProblem.of(column, messageKey, arguments));
		}

	}

}
