package org.waymark.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureComparator;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.MeasureComparison;
import org.waymark.measure.ReportedValue;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.risk.RiskBands;
import org.waymark.report.HighlightReportView.Actions;
import org.waymark.report.HighlightReportView.CaseStudyView;
import org.waymark.report.HighlightReportView.Download;
import org.waymark.report.HighlightReportView.Header;
import org.waymark.report.HighlightReportView.MeasureRow;
import org.waymark.report.HighlightReportView.MeasureTable;
import org.waymark.report.HighlightReportView.RevisionLink;
import org.waymark.report.HighlightReportView.Section;
import org.waymark.report.HighlightReportView.Status;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.AccessPolicy.Visibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one highlight report for its read view, checking on the server that the reader
 * may see a report in its state. Six queries whatever the size of the report.
 */
@Service
@Transactional(readOnly = true)
public class HighlightReportService {

	private static final long ONE_MEGABYTE = 1024 * 1024;

	private final HighlightReportRepository reports;

	private final ReportMeasureRowRepository measureRows;

	private final CaseStudyRepository caseStudies;

	private final ExecutiveSummaryRepository summaries;

	private final AccessPolicy access;

	private final ReportGuard guard;

	private final RiskBands bands;

	HighlightReportService(HighlightReportRepository reports, ReportMeasureRowRepository measureRows,
			CaseStudyRepository caseStudies, ExecutiveSummaryRepository summaries, AccessPolicy access,
			ReportGuard guard, RiskBands bands) {
		this.guard = guard;
		this.bands = bands;
		this.reports = reports;
		this.measureRows = measureRows;
		this.caseStudies = caseStudies;
		this.summaries = summaries;
		this.access = access;
	}

	/**
	 * The report as the reader may see it.
	 * @throws NotFoundException if there is no such report
	 * @throws AccessDeniedException if the reader may not see a report in its state, such
	 * as a scrutiny councillor opening a draft
	 */
	public HighlightReportView view(long reportId, Authentication reader) {
		HighlightReport report = this.reports.findForView(reportId)
			.orElseThrow(() -> new NotFoundException("Highlight report " + reportId));
		ImprovementProgramme programme = report.getProgramme();
		if (!this.access.canView(reader, programme.getId(), report.getState().visibility())) {
			throw new AccessDeniedException("Highlight report " + reportId + " is not visible to this user");
		}
		List<HighlightReport> allRevisions = this.reports.findRevisions(programme.getId(),
				report.getReportingPeriod().getId());
		List<RevisionLink> revisions = allRevisions.stream()
			.filter((r) -> this.access.canView(reader, programme.getId(), r.getState().visibility()))
			.map((r) -> new RevisionLink(r.getId(), r.getRevision(), r.getState(), r.getId().equals(report.getId())))
			.toList();
		return new HighlightReportView(header(report), status(report), section(report, SectionType.ACHIEVEMENTS),
				section(report, SectionType.SLIPPAGE), section(report, SectionType.NEXT_PERIOD), risksSection(report),
				section(report, SectionType.ISSUES), section(report, SectionType.VARIANCES),
				section(report, SectionType.DECISIONS_REQUIRED), measureTables(reportId), caseStudies(reportId),
				actions(report, reader, allRevisions), revisions);
	}

	/**
	 * Several reports as their read views show them, in the order asked, for printing
	 * them together (the committee pack): seven statements however many reports, rows and
	 * risks. A printed report offers nothing to do and links to no other revision, so its
	 * actions are all off and its revisions empty.
	 * @throws NotFoundException if a report does not exist
	 * @throws AccessDeniedException if the reader may not see one of them
	 */
	public List<HighlightReportView> views(List<Long> reportIds, Authentication reader) {
		if (reportIds.isEmpty()) {
			return List.of();
		}
		Map<Long, HighlightReport> found = new LinkedHashMap<>();
		this.reports.findForViews(reportIds).forEach((report) -> found.put(report.getId(), report));
		for (long id : reportIds) {
			HighlightReport report = found.get(id);
			if (report == null) {
				throw new NotFoundException("Highlight report " + id);
			}
			if (!this.access.canView(reader, report.getProgramme().getId(), report.getState().visibility())) {
				throw new AccessDeniedException("Highlight report " + id + " is not visible to this user");
			}
		}
		this.reports.fetchRisksOf(reportIds);
		List<Long> programmeIds = found.values().stream().map((report) -> report.getProgramme().getId()).toList();
		List<HighlightReport> published = this.reports.findPublishedOfProgrammes(programmeIds);
		List<ExecutiveSummaryStatus> summaryRows = this.summaries.findPublishedRowsOfProgrammes(programmeIds);
		Map<Long, List<ReportMeasureRow>> rows = new LinkedHashMap<>();
		this.measureRows.findForReportsWithComparators(reportIds)
			.forEach((row) -> rows.computeIfAbsent(row.getReport().getId(), (key) -> new ArrayList<>()).add(row));
		Map<Long, List<CaseStudyListing>> studies = new LinkedHashMap<>();
		this.caseStudies.findListingsOf(reportIds)
			.forEach((listing) -> studies.computeIfAbsent(listing.reportId(), (key) -> new ArrayList<>())
				.add(listing.listing()));
		Actions none = new Actions(0, false, false, false, false, false);
		return reportIds.stream().map(found::get).map((report) -> {
			long id = report.getId();
			return new HighlightReportView(header(report),
					status(report, previousPublishedStatus(report, published, summaryRows)),
					section(report, SectionType.ACHIEVEMENTS), section(report, SectionType.SLIPPAGE),
					section(report, SectionType.NEXT_PERIOD),
					new Section(SectionType.RISKS, report.section(SectionType.RISKS).isNilReturn(),
							FormattedText.of(report.section(SectionType.RISKS).getBody()),
							pickedRisks(report, this.bands)),
					section(report, SectionType.ISSUES), section(report, SectionType.VARIANCES),
					section(report, SectionType.DECISIONS_REQUIRED), measureTables(rows.getOrDefault(id, List.of())),
					caseStudies(id, studies.getOrDefault(id, List.of())), none, List.of());
		}).toList();
	}

	/**
	 * As {@link #previousPublishedStatus(HighlightReport)}, from published reports and
	 * summary rows already loaded.
	 */
	private static Rag previousPublishedStatus(HighlightReport report, List<HighlightReport> published,
			List<ExecutiveSummaryStatus> summaryRows) {
		ReportingPeriod period = report.getReportingPeriod();
		ReportingQuarter previous = period.quarter().previous();
		long programmeId = report.getProgramme().getId();
		long planId = period.getPlan().getId();
		Optional<Rag> reported = published.stream()
			.filter((other) -> other.getProgramme().getId() == programmeId
					&& isQuarter(other.getReportingPeriod(), planId, previous))
			.max(Comparator.comparingInt(HighlightReport::getRevision))
			.flatMap(HighlightReport::status);
		return reported.orElseGet(() -> summaryRows.stream()
			.filter((row) -> row.getProgramme().getId() == programmeId
					&& isQuarter(row.getSummary().getReportingPeriod(), planId, previous))
			.map(ExecutiveSummaryStatus::getStatus)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null));
	}

	private static boolean isQuarter(ReportingPeriod period, long planId, ReportingQuarter quarter) {
		return period.getPlan().getId() == planId && period.quarter().equals(quarter);
	}

	private Actions actions(HighlightReport report, Authentication reader, List<HighlightReport> revisions) {
		boolean admin = this.access.isAdmin(reader);
		boolean latest = revisions.isEmpty() || revisions.get(revisions.size() - 1).getId().equals(report.getId());
		boolean mayWrite = this.guard.mayWrite(report, reader);
		ReportState state = report.getState();
		return new Actions(report.getVersion(), mayWrite && state.editableByLead(),
				admin && state == ReportState.SUBMITTED, admin && report.isCorrection() && state == ReportState.DRAFT,
				admin && state == ReportState.PUBLISHED && latest,
				this.access.canView(reader, report.getProgramme().getId(), Visibility.DRAFT));
	}

	static Header header(HighlightReport report) {
		ImprovementProgramme programme = report.getProgramme();
		ReportingPeriod period = report.getReportingPeriod();
		DeliveryGroup group = programme.getDeliveryGroup();
		FormattedText returnComment = (report.getState() == ReportState.RETURNED)
				? FormattedText.of(report.getReturnComment()) : FormattedText.of(null);
		return new Header(report.getId(), programme.getId(), programme.getNumber(), programme.getTitle(),
				(group != null) ? group.getName() : null, (group != null) ? group.getChairName() : null,
				(group != null) ? group.getChairTitle() : null, programme.getScrutinyChampions(),
				period.quarter().year().label(), DisplayDates.format(report.getReportDate()), period.longLabel(),
				period.label(), report.getState(), report.getRevision(), report.getSourceNote(), returnComment,
				report.getCorrectionReason(), period.getPlan().programmeLabel(programme.getNumber()));
	}

	private Status status(HighlightReport report) {
		Rag rag = report.getOverallStatus();
		return status(report, (rag != null) ? previousPublishedStatus(report).orElse(null) : null);
	}

	private static Status status(HighlightReport report, Rag previousStatus) {
		Rag rag = report.getOverallStatus();
		StatusTrend trend = (rag != null) ? StatusTrend.between(previousStatus, rag) : null;
		String asWritten = report.getStatusAsWritten();
		if (asWritten != null
				&& (asWritten.isBlank() || (rag != null && asWritten.strip().equalsIgnoreCase(rag.name())))) {
			asWritten = null;
		}
		return new Status(rag, asWritten, trend, FormattedText.of(report.getStatusReason()));
	}

	/**
	 * The previous quarter's published status: its latest published report's, else the
	 * published summary's.
	 */
	Optional<Rag> previousPublishedStatus(HighlightReport report) {
		ReportingPeriod period = report.getReportingPeriod();
		ReportingQuarter previous = period.quarter().previous();
		long programmeId = report.getProgramme().getId();
		long planId = period.getPlan().getId();
		Optional<Rag> reported = this.reports
			.findPublished(programmeId, planId, previous.year().startYear(), previous.quarter())
			.stream()
			.max(Comparator.comparingInt(HighlightReport::getRevision))
			.flatMap(HighlightReport::status);
		if (reported.isPresent()) {
			return reported;
		}
		return this.summaries.findPublishedRow(programmeId, planId, previous.year().startYear(), previous.quarter())
			.stream()
			.map(ExecutiveSummaryStatus::getStatus)
			.filter(Objects::nonNull)
			.findFirst();
	}

	private static Section section(HighlightReport report, SectionType type) {
		ReportSection section = report.section(type);
		return new Section(type, section.isNilReturn(), FormattedText.of(section.getBody()), List.of());
	}

	/** The risks section, with the risks it names (one statement). */
	private Section risksSection(HighlightReport report) {
		ReportSection section = report.section(SectionType.RISKS);
		return new Section(SectionType.RISKS, section.isNilReturn(), FormattedText.of(section.getBody()),
				pickedRisks(report, this.bands));
	}

	/** The risks the report names, as it named them, banded by today's thresholds. */
	static List<PickedRisk> pickedRisks(HighlightReport report, RiskBands bands) {
		return report.getRisks()
			.stream()
			.map((risk) -> new PickedRisk(risk.getRiskId(), risk.getReference(), risk.getTitle(),
					risk.score().orElse(null), risk.score().map(bands::bandOf).orElse(null)))
			.toList();
	}

	private List<MeasureTable> measureTables(long reportId) {
		return measureTables(this.measureRows.findForReport(reportId));
	}

	private static List<MeasureTable> measureTables(List<ReportMeasureRow> rows) {
		Map<String, List<MeasureRow>> byHeading = new LinkedHashMap<>();
		for (ReportMeasureRow row : rows) {
			Measure measure = row.getMeasure();
			List<MeasureComparison> comparators = measure.getComparators()
				.stream()
				.sorted(Comparator.comparingInt(MeasureComparator::getPosition))
				.map(MeasureComparison::of)
				.toList();
			byHeading.computeIfAbsent(measure.getHeading(), (heading) -> new ArrayList<>())
				.add(new MeasureRow(measure.getName(), measure.getTargetText(),
						MeasureAmount.of(measure.getTargetValue(), measure.getUnit()), comparators,
						ReportedValue.of(row.getCurrentValue()), ReportedValue.of(row.getPreviousValue()),
						row.direction()));
		}
		return byHeading.entrySet().stream().map((e) -> new MeasureTable(e.getKey(), e.getValue())).toList();
	}

	private List<CaseStudyView> caseStudies(long reportId) {
		return caseStudies(reportId, this.caseStudies.findListings(reportId));
	}

	private static List<CaseStudyView> caseStudies(long reportId, List<CaseStudyListing> listings) {
		return listings.stream()
			.map((listing) -> new CaseStudyView(listing.id(), listing.title(), FormattedText.of(listing.summary()),
					download(reportId, listing)))
			.toList();
	}

	/** The link to a case study's file, with its size for people; null without a file. */
	static Download download(long reportId, CaseStudyListing listing) {
		if (listing.attachmentId() == null) {
			return null;
		}
		long bytes = listing.sizeBytes();
		return (bytes >= ONE_MEGABYTE)
				? new Download(downloadHref(reportId, listing.id()), listing.fileName(),
						Math.round((double) bytes / ONE_MEGABYTE), "file.size.megabytes")
				: new Download(downloadHref(reportId, listing.id()), listing.fileName(),
						Math.max(1, Math.round(bytes / 1024.0)), "file.size.kilobytes");
	}

	private static String downloadHref(long reportId, long caseStudyId) {
		return "/reports/" + reportId + "/case-studies/" + caseStudyId + "/attachment";
	}

}
