package org.waymark.report;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.report.ReportSnapshot.CaseStudyEntry;
import org.waymark.report.ReportSnapshot.MeasureEntry;
import org.waymark.report.ReportSnapshot.RiskEntry;
import org.waymark.report.ReportSnapshot.SectionText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every audited change set that touched one highlight report, oldest first, and the
 * report as it stood after each: rebuilt in memory from the audit rows of the report, its
 * sections, its measure rows, the values those rows point at, and its case studies, so
 * that the history costs one query per kind of row however long it is.
 * <p>
 * A change to a measure value belongs to the report only while one of its rows points at
 * that value; change sets from before the report existed (a value a correction took over
 * from the published revision) are left out.
 */
final class ReportAuditTrail {

	private final List<ChangeSet> changeSets;

	private final Map<Integer, ReportSnapshot> snapshots;

	private ReportAuditTrail(List<ChangeSet> changeSets, Map<Integer, ReportSnapshot> snapshots) {
		this.changeSets = List.copyOf(changeSets);
		this.snapshots = Collections.unmodifiableMap(snapshots);
	}

	/** The change sets, oldest first. */
	List<ChangeSet> changeSets() {
		return this.changeSets;
	}

	boolean isEmpty() {
		return this.changeSets.isEmpty();
	}

	Optional<ChangeSet> changeSet(int number) {
		return this.changeSets.stream().filter((c) -> c.number() == number).findFirst();
	}

	/**
	 * Where the change set comes in the report's history: 1 for the first save, and so
	 * on. Audit revision numbers count every change in the application, so readers are
	 * shown this instead.
	 */
	int sequence(int number) {
		for (int i = 0; i < this.changeSets.size(); i++) {
			if (this.changeSets.get(i).number() == number) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("Change set " + number + " did not touch this report");
	}

	/** The change set before this one in the report's history, if any. */
	Optional<ChangeSet> previous(int number) {
		ChangeSet previous = null;
		for (ChangeSet changeSet : this.changeSets) {
			if (changeSet.number() == number) {
				return Optional.ofNullable(previous);
			}
			previous = changeSet;
		}
		return Optional.empty();
	}

	/**
	 * The report as it stood after the change set; the change set must be in the trail.
	 */
	ReportSnapshot after(int number) {
		ReportSnapshot snapshot = this.snapshots.get(number);
		if (snapshot == null) {
			throw new IllegalArgumentException("Change set " + number + " did not touch this report");
		}
		return snapshot;
	}

	/** One audited change set: its number, when it was made, and by whom. */
	record ChangeSet(int number, Instant at, String username) {
	}

	/**
	 * One audit row: the change set it belongs to, the id of the row changed, whether it
	 * was removed, and what it held.
	 */
	record Change<T>(ChangeSet changeSet, long id, boolean removed, T state) {
	}

	/** The report's own fields, as an audit row holds them. */
	record ReportFields(ReportState state, Rag status, String statusReason, String returnComment) {
	}

	/** A section's audit row. */
	record SectionFields(SectionType type, String body, boolean nilReturn) {
	}

	/** A measure row's audit row: the value it points at is audited separately. */
	record RowFields(long measureId, int position, Long currentValueId, DirectionOfTravel override,
			String overrideReason) {
	}

	/** A measure value's audit row. */
	record ValueFields(String periodLabel, BigDecimal number, String text, DataStatus dataStatus) {
	}

	/**
	 * Rebuilds the report after each change set from its audit rows (each list in any
	 * order).
	 */
	static ReportAuditTrail of(List<Change<ReportFields>> report, List<Change<SectionFields>> sections,
			List<Change<RowFields>> rows, List<Change<ValueFields>> values, List<Change<CaseStudyEntry>> caseStudies) {
		return of(report, sections, rows, values, caseStudies, List.of());
	}

	/**
	 * Rebuilds the report after each change set, with the risks its risks section names
	 * (each list in any order).
	 */
	static ReportAuditTrail of(List<Change<ReportFields>> report, List<Change<SectionFields>> sections,
			List<Change<RowFields>> rows, List<Change<ValueFields>> values, List<Change<CaseStudyEntry>> caseStudies,
			List<Change<RiskEntry>> risks) {
		Map<Integer, ChangeSet> changeSets = new TreeMap<>();
		Map<Integer, List<Change<?>>> byChangeSet = new TreeMap<>();
		for (List<? extends Change<?>> changes : List.of(report, sections, rows, values, caseStudies, risks)) {
			for (Change<?> change : changes) {
				changeSets.putIfAbsent(change.changeSet().number(), change.changeSet());
				byChangeSet.computeIfAbsent(change.changeSet().number(), (n) -> new ArrayList<>()).add(change);
			}
		}
		Integer created = report.stream()
			.filter((change) -> !change.removed())
			.map((change) -> change.changeSet().number())
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<ChangeSet> kept = new ArrayList<>();
		Map<Integer, ReportSnapshot> snapshots = new LinkedHashMap<>();
		State state = new State();
		for (Map.Entry<Integer, List<Change<?>>> entry : byChangeSet.entrySet()) {
			boolean touchesReport = false;
			TreeSet<Long> changedValues = new TreeSet<>();
			for (Change<?> change : entry.getValue()) {
				if (change.state() instanceof ValueFields) {
					changedValues.add(change.id());
				}
				else {
					touchesReport = true;
				}
				state.apply(change);
			}
			if (created == null || entry.getKey() < created) {
				continue;
			}
			if (touchesReport || state.pointsAtAny(changedValues)) {
				kept.add(changeSets.get(entry.getKey()));
				snapshots.put(entry.getKey(), state.snapshot());
			}
		}
		return new ReportAuditTrail(kept, snapshots);
	}

	/** The report's rows as they stand after the change sets applied so far. */
	private static final class State {

		private ReportFields report = new ReportFields(ReportState.DRAFT, null, null, null);

		private final Map<Long, SectionFields> sections = new HashMap<>();

		private final Map<Long, RowFields> rows = new HashMap<>();

		private final Map<Long, ValueFields> values = new HashMap<>();

		private final Map<Long, CaseStudyEntry> caseStudies = new HashMap<>();

		private final Map<Long, RiskEntry> risks = new HashMap<>();

		@SuppressWarnings("unchecked")
		void apply(Change<?> change) {
			Object fields = change.state();
			if (fields instanceof ReportFields reportFields) {
				if (!change.removed()) {
					this.report = reportFields;
				}
			}
			else if (fields instanceof SectionFields) {
				put(this.sections, (Change<SectionFields>) change);
			}
			else if (fields instanceof RowFields) {
				put(this.rows, (Change<RowFields>) change);
			}
			else if (fields instanceof ValueFields) {
				put(this.values, (Change<ValueFields>) change);
			}
			else if (fields instanceof CaseStudyEntry) {
				put(this.caseStudies, (Change<CaseStudyEntry>) change);
			}
			else if (fields instanceof RiskEntry) {
				put(this.risks, (Change<RiskEntry>) change);
			}
		}

		boolean pointsAtAny(TreeSet<Long> valueIds) {
			return !valueIds.isEmpty() && this.rows.values()
				.stream()
				.anyMatch((row) -> row.currentValueId() != null && valueIds.contains(row.currentValueId()));
		}

		ReportSnapshot snapshot() {
			Map<SectionType, SectionText> sectionTexts = new EnumMap<>(SectionType.class);
			this.sections.values()
				.forEach((section) -> sectionTexts.put(section.type(),
						new SectionText(section.body(), section.nilReturn())));
			Map<Long, MeasureEntry> measures = new HashMap<>();
			this.rows.forEach((id, row) -> {
				ValueFields value = (row.currentValueId() != null) ? this.values.get(row.currentValueId()) : null;
				measures.put(id, (value == null)
						? new MeasureEntry(row.measureId(), row.position(), false, null, null, null, null,
								row.override(), row.overrideReason())
						: new MeasureEntry(row.measureId(), row.position(), true, value.periodLabel(), value.number(),
								value.text(), value.dataStatus(), row.override(), row.overrideReason()));
			});
			return new ReportSnapshot(this.report.state(), this.report.status(), this.report.statusReason(),
					this.report.returnComment(), sectionTexts, measures, this.caseStudies, this.risks);
		}

		private static <T> void put(Map<Long, T> map, Change<T> change) {
			if (change.removed()) {
				map.remove(change.id());
			}
			else {
				map.put(change.id(), change.state());
			}
		}

	}

}
