package org.waymark.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureQueries;
import org.waymark.report.HighlightReportView.RevisionLink;
import org.waymark.report.ReportAuditTrail.ChangeSet;
import org.waymark.report.ReportComparison.CaseStudyChange;
import org.waymark.report.ReportComparison.CaseStudyChangeKind;
import org.waymark.report.ReportComparison.MeasureChange;
import org.waymark.report.ReportComparison.MeasureSide;
import org.waymark.report.ReportComparison.SectionChange;
import org.waymark.report.ReportComparison.Side;
import org.waymark.report.ReportComparison.StageChange;
import org.waymark.report.ReportComparison.StatusChange;
import org.waymark.report.ReportHistory.Author;
import org.waymark.report.ReportHistory.Choice;
import org.waymark.report.ReportHistory.Entry;
import org.waymark.report.ReportHistory.Part;
import org.waymark.report.ReportSnapshot.CaseStudyEntry;
import org.waymark.report.ReportSnapshot.MeasureEntry;
import org.waymark.report.ReportSnapshot.SectionText;
import org.waymark.risk.RiskBands;
import org.waymark.risk.RiskScore;
import org.waymark.shared.ChangeSetInfo;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.TextDiff;
import org.waymark.user.AccessPolicy;
import org.waymark.user.AccessPolicy.Visibility;
import org.waymark.user.UserQueries;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A highlight report's history of changes: who saved what and when, and what changed
 * between any two saves, section by section. Read from the audit trail Hibernate Envers
 * keeps of every save.
 * <p>
 * The history shows drafts' text, so it is for those who may read the programme's drafts
 * (its leads and admins) whatever stage the report is at now. Each page costs a fixed
 * number of queries however many times the report was saved: the trail is read once per
 * kind of audited row and rebuilt in memory.
 */
@Service
@Transactional(readOnly = true)
public class ReportHistoryService {

	private final HighlightReportRepository reports;

	private final ReportAuditReader auditReader;

	private final MeasureQueries measures;

	private final UserQueries users;

	private final AccessPolicy access;

	private final Clock clock;

	private final RiskBands bands;

	ReportHistoryService(HighlightReportRepository reports, ReportAuditReader auditReader, MeasureQueries measures,
			UserQueries users, AccessPolicy access, Clock clock, RiskBands bands) {
		this.bands = bands;
		this.reports = reports;
		this.auditReader = auditReader;
		this.measures = measures;
		this.users = users;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Every change set that touched the report, newest first.
	 * @throws NotFoundException if there is no such report
	 * @throws AccessDeniedException if the reader may not see the programme's drafts
	 */
	public ReportHistory history(long reportId, Authentication reader) {
		HighlightReport report = visibleReport(reportId, reader);
		ReportAuditTrail trail = this.auditReader.trail(reportId);
		Function<ChangeSet, Author> authors = authors(trail);
		List<Entry> entries = new ArrayList<>();
		ReportSnapshot previous = null;
		Integer previousNumber = null;
		for (ChangeSet changeSet : trail.changeSets()) {
			ReportSnapshot now = trail.after(changeSet.number());
			List<Part> parts;
			ReportState stage;
			if (previous == null) {
				parts = List.of(Part.of(report.isCorrection() ? "report.history.part.correctionStarted"
						: "report.history.part.started"));
				stage = (now.state() != ReportState.DRAFT) ? now.state() : null;
			}
			else {
				stage = (now.state() != previous.state()) ? now.state() : null;
				parts = parts(previous, now, stage != null);
			}
			entries.add(new Entry(changeSet.number(), entries.size() + 1, when(changeSet), authors.apply(changeSet),
					parts, stage, previousNumber));
			previous = now;
			previousNumber = changeSet.number();
		}
		Collections.reverse(entries);
		List<RevisionLink> revisions = this.reports
			.findRevisions(report.getProgramme().getId(), report.getReportingPeriod().getId())
			.stream()
			.map((r) -> new RevisionLink(r.getId(), r.getRevision(), r.getState(), r.getId().equals(report.getId())))
			.toList();
		return new ReportHistory(HighlightReportService.header(report), entries, revisions, choices(trail, authors));
	}

	/**
	 * What changed between two change sets of the report. Either may be left out: the
	 * later defaults to the latest change set and the earlier to the one before the
	 * later; given the wrong way round, they are swapped.
	 * @throws NotFoundException if there is no such report, or a change set named did not
	 * touch it
	 * @throws AccessDeniedException if the reader may not see the programme's drafts
	 */
	public ReportComparison compare(long reportId, Integer from, Integer to, Authentication reader) {
		HighlightReport report = visibleReport(reportId, reader);
		ReportAuditTrail trail = this.auditReader.trail(reportId);
		if (trail.isEmpty()) {
			throw new NotFoundException("No recorded changes to highlight report " + reportId);
		}
		List<ChangeSet> all = trail.changeSets();
		ChangeSet later = (to != null) ? changeSetOf(trail, reportId, to) : all.get(all.size() - 1);
		ChangeSet earlier = (from != null) ? changeSetOf(trail, reportId, from)
				: trail.previous(later.number()).orElse(later);
		if (earlier.number() > later.number()) {
			ChangeSet swap = earlier;
			earlier = later;
			later = swap;
		}
		ReportSnapshot before = trail.after(earlier.number());
		ReportSnapshot after = trail.after(later.number());
		Function<ChangeSet, Author> authors = authors(trail);
		List<String> unchanged = new ArrayList<>();

		StageChange stage = null;
		if (before.state() != after.state() || !Objects.equals(before.returnComment(), after.returnComment())) {
			stage = new StageChange(before.state(), after.state(),
					FormattedText.of((after.state() == ReportState.RETURNED) ? after.returnComment() : null));
		}
		StatusChange status = null;
		if (before.status() != after.status() || !Objects.equals(before.statusReason(), after.statusReason())) {
			status = new StatusChange(before.status(), after.status(),
					TextDiff.between(before.statusReason(), after.statusReason()));
		}
		else {
			unchanged.add("report.history.part.status");
		}
		List<SectionChange> sections = new ArrayList<>();
		for (SectionType type : SectionType.values()) {
			SectionText was = before.section(type);
			SectionText is = after.section(type);
			if (!before.sectionDiffers(type, after)) {
				unchanged.add(type.messageKey());
			}
			else {
				sections.add(new SectionChange(type, was.nilReturn(), is.nilReturn(),
						TextDiff.between(was.body(), is.body()), pickedRisks(before), pickedRisks(after)));
			}
		}
		List<MeasureChange> measureChanges = measureChanges(report, before, after);
		if (measureChanges.isEmpty()) {
			unchanged.add("report.compare.part.measures");
		}
		List<CaseStudyChange> caseStudies = caseStudyChanges(before, after);
		if (caseStudies.isEmpty()) {
			unchanged.add("report.history.part.caseStudies");
		}
		return new ReportComparison(HighlightReportService.header(report), side(trail, earlier, authors),
				side(trail, later, authors), stage, status, sections, measureChanges, caseStudies, unchanged);
	}

	private HighlightReport visibleReport(long reportId, Authentication reader) {
		HighlightReport report = this.reports.findForView(reportId)
			.orElseThrow(() -> new NotFoundException("Highlight report " + reportId));
		if (!this.access.canView(reader, report.getProgramme().getId(), Visibility.DRAFT)) {
			throw new AccessDeniedException("The history of report " + reportId + " shows drafts");
		}
		return report;
	}

	/** The risks a version's risks section named, banded by today's thresholds. */
	private List<PickedRisk> pickedRisks(ReportSnapshot snapshot) {
		return snapshot.pickedRisks().stream().map((risk) -> {
			RiskScore score = (risk.likelihood() == null || risk.impact() == null) ? null
					: new RiskScore(risk.likelihood(), risk.impact());
			return new PickedRisk(risk.riskId(), risk.reference(), risk.title(), score,
					(score != null) ? this.bands.bandOf(score) : null);
		}).toList();
	}

	private static ChangeSet changeSetOf(ReportAuditTrail trail, long reportId, int number) {
		return trail.changeSet(number)
			.orElseThrow(() -> new NotFoundException("Change set " + number + " of highlight report " + reportId));
	}

	/** The parts of the report a change set changed, in the report's order. */
	private static List<Part> parts(ReportSnapshot before, ReportSnapshot after, boolean stageChanged) {
		List<Part> parts = new ArrayList<>();
		if (before.status() != after.status() || !Objects.equals(before.statusReason(), after.statusReason())) {
			parts.add(Part.of("report.history.part.status"));
		}
		for (SectionType type : SectionType.values()) {
			if (before.sectionDiffers(type, after)) {
				parts.add(Part.of(type.messageKey()));
			}
		}
		long measuresChanged = changedRowIds(before, after).size();
		if (measuresChanged > 0) {
			parts.add(new Part("report.history.part.measures", measuresChanged));
		}
		if (!before.caseStudies().equals(after.caseStudies())) {
			parts.add(Part.of("report.history.part.caseStudies"));
		}
		if (after.returnComment() != null && !after.returnComment().equals(before.returnComment())) {
			parts.add(Part.of("report.history.part.returnComment"));
		}
		if (parts.isEmpty() && !stageChanged) {
			parts.add(Part.of("report.history.part.none"));
		}
		return parts;
	}

	private static Set<Long> changedRowIds(ReportSnapshot before, ReportSnapshot after) {
		Set<Long> ids = new TreeSet<>(before.measures().keySet());
		ids.addAll(after.measures().keySet());
		ids.removeIf((id) -> sameContent(before.measures().get(id), after.measures().get(id)));
		return ids;
	}

	/** Whether two versions of a row say the same (where it sits in the table aside). */
	private static boolean sameContent(MeasureEntry a, MeasureEntry b) {
		if (a == null || b == null) {
			return a == b;
		}
		return a.measureId() == b.measureId() && a.hasValue() == b.hasValue()
				&& Objects.equals(a.periodLabel(), b.periodLabel()) && Objects.equals(a.number(), b.number())
				&& Objects.equals(a.text(), b.text()) && a.dataStatus() == b.dataStatus()
				&& a.override() == b.override() && Objects.equals(a.overrideReason(), b.overrideReason());
	}

	/**
	 * The rows that changed, in the table's order, named from the programme's measures
	 * (one query, only when a row changed).
	 */
	private List<MeasureChange> measureChanges(HighlightReport report, ReportSnapshot before, ReportSnapshot after) {
		Set<Long> changed = changedRowIds(before, after);
		if (changed.isEmpty()) {
			return List.of();
		}
		Map<Long, Measure> measuresById = this.measures.measuresOf(report.getProgramme().getId())
			.stream()
			.collect(Collectors.toMap(Measure::getId, (m) -> m, (a, b) -> a));
		return changed.stream().map((id) -> {
			MeasureEntry was = before.measures().get(id);
			MeasureEntry is = after.measures().get(id);
			return Map.entry((is != null) ? is : was, new MeasureChange(name(measuresById, (is != null) ? is : was),
					side(measuresById, was), side(measuresById, is)));
		})
			.sorted(Comparator.comparingInt((Map.Entry<MeasureEntry, MeasureChange> e) -> e.getKey().position()))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static String name(Map<Long, Measure> measures, MeasureEntry entry) {
		Measure measure = measures.get(entry.measureId());
		return (measure != null) ? measure.getName() : null;
	}

	private static MeasureSide side(Map<Long, Measure> measures, MeasureEntry entry) {
		if (entry == null) {
			return MeasureSide.ABSENT;
		}
		Measure measure = measures.get(entry.measureId());
		MeasureAmount amount = (measure != null) ? MeasureAmount.of(entry.number(), measure.getUnit()) : null;
		return new MeasureSide(true, entry.hasValue(), amount, entry.text(), entry.periodLabel(), entry.dataStatus(),
				entry.override(), entry.overrideReason());
	}

	private static List<CaseStudyChange> caseStudyChanges(ReportSnapshot before, ReportSnapshot after) {
		List<Map.Entry<Integer, CaseStudyChange>> changes = new ArrayList<>();
		Set<Long> ids = new TreeSet<>(before.caseStudies().keySet());
		ids.addAll(after.caseStudies().keySet());
		for (Long id : ids) {
			CaseStudyEntry was = before.caseStudies().get(id);
			CaseStudyEntry is = after.caseStudies().get(id);
			if (was == null) {
				changes.add(Map.entry(is.position(),
						new CaseStudyChange(CaseStudyChangeKind.ADDED, is.title(), null, null, false)));
			}
			else if (is == null) {
				changes.add(Map.entry(was.position(),
						new CaseStudyChange(CaseStudyChangeKind.REMOVED, was.title(), null, null, false)));
			}
			else if (!was.equals(is)) {
				changes.add(Map.entry(is.position(), new CaseStudyChange(CaseStudyChangeKind.CHANGED, is.title(),
						TextDiff.between(was.title(), is.title()), TextDiff.between(was.summary(), is.summary()),
						!Objects.equals(was.attachmentId(), is.attachmentId()))));
			}
		}
		return changes.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
	}

	/**
	 * Names the authors of the trail's change sets: one query for the display names of
	 * every username in it.
	 */
	private Function<ChangeSet, Author> authors(ReportAuditTrail trail) {
		Set<String> usernames = trail.changeSets()
			.stream()
			.map(ChangeSet::username)
			.filter((username) -> username != null && !username.equals(ChangeSetInfo.DATA_LOAD))
			.collect(Collectors.toSet());
		Map<String, String> names = usernames.isEmpty() ? Map.of() : this.users.displayNames(usernames);
		return (changeSet) -> {
			String username = changeSet.username();
			if (ChangeSetInfo.DATA_LOAD.equals(username)) {
				return new Author(null, true);
			}
			if (username == null) {
				return new Author(null, false);
			}
			return new Author(names.getOrDefault(username.toLowerCase(Locale.ROOT), username), false);
		};
	}

	private List<Choice> choices(ReportAuditTrail trail, Function<ChangeSet, Author> authors) {
		List<Choice> choices = new ArrayList<>();
		for (ChangeSet changeSet : trail.changeSets()) {
			choices.add(0,
					new Choice(changeSet.number(), choices.size() + 1, when(changeSet), authors.apply(changeSet)));
		}
		return choices;
	}

	private Side side(ReportAuditTrail trail, ChangeSet changeSet, Function<ChangeSet, Author> authors) {
		return new Side(changeSet.number(), trail.sequence(changeSet.number()), when(changeSet),
				authors.apply(changeSet));
	}

	private String when(ChangeSet changeSet) {
		return DisplayDates.format(changeSet.at(), this.clock.getZone());
	}

}
