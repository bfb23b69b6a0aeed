package org.waymark.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.ActionPlanQueries;
import org.waymark.action.ActionPlanQueries.UpdateProgress;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureQueries;
import org.waymark.measure.MeasureValue;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.SectionDraft.RiskOption;
import org.waymark.report.SectionDraft.RiskRegister;
import org.waymark.risk.RiskQueries;
import org.waymark.risk.RiskQueries.RiskChoice;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A lead writing a quarter's highlight report: starting it pre-filled from the last
 * quarter, its task list, the overall status and narrative sections, and submitting it.
 * <p>
 * Saving is never refused for being incomplete; only submitting checks that everything is
 * there. Every save carries the fingerprint of what the form showed: if someone else has
 * changed the same thing since, the save is refused with {@link EditConflictException} so
 * the page can show both texts, and nothing typed is lost. Every save also bumps the
 * report's version, so two saves at the same moment cannot both succeed.
 */
@Service
@Transactional
public class ReportDraftingService {

	private final HighlightReportRepository reports;

	private final ReportGuard guard;

	private final ReportMeasureRowRepository measureRows;

	private final CaseStudyRepository caseStudies;

	private final HighlightReportService readView;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final MeasureQueries measures;

	private final ActionPlanQueries actionPlans;

	private final RiskQueries risks;

	private final AccessPolicy access;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ReportEvents events;

	ReportDraftingService(HighlightReportRepository reports, ReportGuard guard, ReportMeasureRowRepository measureRows,
			CaseStudyRepository caseStudies, HighlightReportService readView, PlanQueries plans,
			ProgrammeQueries programmes, MeasureQueries measures, ActionPlanQueries actionPlans, RiskQueries risks,
			AccessPolicy access, EntityManager entityManager, Clock clock, ReportEvents events) {
		this.reports = reports;
		this.guard = guard;
		this.measureRows = measureRows;
		this.caseStudies = caseStudies;
		this.readView = readView;
		this.plans = plans;
		this.programmes = programmes;
		this.measures = measures;
		this.actionPlans = actionPlans;
		this.risks = risks;
		this.access = access;
		this.entityManager = entityManager;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Opens the programme's report for a quarter open for returns, starting it if there
	 * is none: a draft with a row for each of the programme's measures, each showing the
	 * measure's latest value as the previous one. No narrative is carried over: last
	 * quarter's "actions for the next period" are shown to the lead beside the form
	 * instead.
	 * @return the id of the report to write: the latest revision, if one exists, except
	 * that a lead is given the published revision while an admin writes a correction
	 */
	public long start(long programmeId, long periodId, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		ReportingPeriod period = this.plans.period(periodId);
		if (!period.getPlan().getId().equals(programme.getPlan().getId())) {
			throw new NotFoundException("Reporting period " + periodId + " of programme " + programmeId);
		}
		if (!this.access.canEditProgramme(who, programmeId)) {
			throw new AccessDeniedException("May not write reports for programme " + programmeId);
		}
		List<HighlightReport> revisions = this.reports.findRevisions(programmeId, periodId);
		if (!revisions.isEmpty()) {
			// A lead is not sent to a correction under way, which only admins may write.
			boolean admin = this.access.isAdmin(who);
			for (int i = revisions.size() - 1; i > 0; i--) {
				HighlightReport revision = revisions.get(i);
				if (admin || revision.isPublished()) {
					return revision.getId();
				}
			}
			return revisions.get(0).getId();
		}
		if (period.getState() != ReportingPeriodState.OPEN) {
			throw new ReportWorkflowException("Reports are started only for a quarter open for returns");
		}
		HighlightReport report = new HighlightReport(programme, period);
		Map<Long, MeasureValue> latest = this.measures.latestValuesOf(programmeId);
		for (Measure measure : this.measures.measuresOf(programmeId)) {
			report.addMeasureRow(measure, null, latest.get(measure.getId()));
		}
		long id = this.reports.save(report).getId();
		this.events.started(report, who);
		return id;
	}

	/** The report's task list: each part and how far it has got. */
	@Transactional(readOnly = true)
	public ReportTasks tasks(long reportId, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportingPeriod period = report.getReportingPeriod();
		long programmeId = report.getProgramme().getId();
		List<ReportTasks.Task> sections = new ArrayList<>();
		for (SectionType type : SectionType.values()) {
			ReportSection section = report.section(type);
			sections.add(new ReportTasks.Task(type.slug(), type.messageKey(),
					report.isSectionComplete(type) ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED));
		}
		List<ReportMeasureRow> measureRows = this.measureRows.findWithCurrentValues(reportId);
		int answered = (int) measureRows.stream().filter(ReportMeasureRow::isAnswered).count();
		int rows = measureRows.size();
		TaskStatus measuresStatus = (rows == 0) ? TaskStatus.NOT_APPLICABLE : TaskStatus.of(answered, rows);
		UpdateProgress updates = this.actionPlans.updateProgress(programmeId, period.quarter().year(), period.getId());
		TaskStatus actionsStatus = (updates.actions() == 0) ? TaskStatus.NOT_APPLICABLE
				: TaskStatus.of(updates.updated(), updates.actions());
		int caseStudies = (int) this.caseStudies.countByReport(reportId);
		TaskStatus caseStudiesStatus = (caseStudies == 0) ? TaskStatus.OPTIONAL : TaskStatus.COMPLETED;
		Rag status = report.getOverallStatus();
		boolean hasReason = report.getStatusReason() != null && !report.getStatusReason().isBlank();
		TaskStatus statusStatus = (status != null && hasReason) ? TaskStatus.COMPLETED
				: (status != null || hasReason) ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
		Optional<HighlightReport> previous = previousQuarterReport(report);
		return new ReportTasks(HighlightReportService.header(report), report.getVersion(), status, trend(report),
				new ReportTasks.Task("status", "report.task.status", statusStatus), sections,
				new ReportTasks.Task("measures", "report.task.measures", measuresStatus, answered, rows),
				new ReportTasks.Task("actions", "report.task.actions", actionsStatus, updates.updated(),
						updates.actions()),
				new ReportTasks.Task("case-studies", "report.task.caseStudies", caseStudiesStatus, caseStudies, 0),
				promised(previous), previous.map((r) -> r.getReportingPeriod().longLabel()).orElse(null),
				report.isCorrection());
	}

	/** Section 1 as the form shows it. */
	@Transactional(readOnly = true)
	public StatusDraft statusDraft(long reportId, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		return new StatusDraft(HighlightReportService.header(report), report.getOverallStatus(),
				report.getStatusReason(), statusFingerprint(report), previousStatus(report).orElse(null));
	}

	/**
	 * Saves section 1, the overall status and the reason for it; either may be left blank
	 * in a draft.
	 * @param seenFingerprint the fingerprint of the status the form showed
	 * @throws EditConflictException if someone else changed the status since
	 */
	public void saveStatus(long reportId, Rag status, String reason, String seenFingerprint, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		if (!statusFingerprint(report).equals(seenFingerprint)) {
			throw new EditConflictException(reportId);
		}
		report.setStatus(status, blankToNull(reason));
		touch(report);
	}

	/** One narrative section as the form shows it. */
	@Transactional(readOnly = true)
	public SectionDraft sectionDraft(long reportId, SectionType type, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportSection section = report.section(type);
		FormattedText promised = (type == SectionType.ACHIEVEMENTS || type == SectionType.SLIPPAGE)
				? promised(previousQuarterReport(report)) : FormattedText.of(null);
		RiskRegister register = (type == SectionType.RISKS) ? register(report) : null;
		return new SectionDraft(HighlightReportService.header(report), type, section.getBody(), section.isNilReturn(),
				fingerprint(report, type), promised, register);
	}

	/**
	 * The programme's risks the risks section offers: the open ones, and any the report
	 * names that has been closed since (two statements: the register and the report's
	 * picks).
	 */
	private RiskRegister register(HighlightReport report) {
		long programmeId = report.getProgramme().getId();
		List<Long> picked = report.getRisks().stream().map(ReportRisk::getRiskId).toList();
		List<RiskOption> options = this.risks.choicesOfProgramme(programmeId)
			.stream()
			.filter((risk) -> risk.isOpen() || picked.contains(risk.id()))
			.map((risk) -> new RiskOption(risk.id(), risk.reference(), risk.title(), risk.score(), risk.band(),
					!risk.isOpen()))
			.toList();
		return new RiskRegister(report.getProgramme().getPlan().getId(), programmeId, options, picked);
	}

	/**
	 * Saves a narrative section: its text, or a nil return (which clears the text).
	 * @throws EditConflictException if someone else changed the section since
	 */
	public void saveSection(long reportId, SectionType type, String body, boolean nilReturn, String seenFingerprint,
			Authentication who) {
		save(reportId, type, body, nilReturn, null, seenFingerprint, who);
	}

	/**
	 * Saves the risks section: its text and the risks it names from the programme's
	 * register, each as the register describes it now and in register order; or a nil
	 * return, which clears both.
	 * @param riskIds the ids of the risks to name: each must be open on the programme's
	 * register, or already named by the report
	 * @throws RiskNotOfferedException if a risk is not one the section offers; nothing is
	 * saved
	 * @throws EditConflictException if someone else changed the section since
	 */
	public void saveRisksSection(long reportId, String body, boolean nilReturn, Collection<Long> riskIds,
			String seenFingerprint, Authentication who) {
		save(reportId, SectionType.RISKS, body, nilReturn, List.copyOf(riskIds), seenFingerprint, who);
	}

	/** Saves a section; the risks it names are left as they are when riskIds is null. */
	private void save(long reportId, SectionType type, String body, boolean nilReturn, List<Long> riskIds,
			String seenFingerprint, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportSection section = report.section(type);
		if (!fingerprint(report, type).equals(seenFingerprint)) {
			throw new EditConflictException(reportId);
		}
		List<RiskChoice> named = (riskIds != null) ? offered(report, riskIds) : null;
		if (nilReturn) {
			report.markNilReturn(type);
		}
		else {
			section.write(blankToNull(body));
			if (named != null) {
				report.nameRisks(named);
			}
		}
		touch(report);
	}

	/**
	 * The programme's risks with these ids, in register order.
	 * @throws RiskNotOfferedException if any is not open on the register and not already
	 * named by the report (another programme's, closed, or no risk at all)
	 */
	private List<RiskChoice> offered(HighlightReport report, List<Long> riskIds) {
		Set<Long> named = report.getRisks().stream().map(ReportRisk::getRiskId).collect(Collectors.toSet());
		List<RiskChoice> offered = this.risks.choicesOfProgramme(report.getProgramme().getId())
			.stream()
			.filter((risk) -> risk.isOpen() || named.contains(risk.id()))
			.toList();
		Set<Long> offeredIds = offered.stream().map(RiskChoice::id).collect(Collectors.toSet());
		List<Long> unknown = riskIds.stream().filter((id) -> !offeredIds.contains(id)).toList();
		if (!unknown.isEmpty()) {
			throw new RiskNotOfferedException(report.getId(), unknown);
		}
		return offered.stream().filter((risk) -> riskIds.contains(risk.id())).toList();
	}

	/**
	 * Submits the report to the business manager if it is complete.
	 * @param seenVersion the version of the report the task list showed
	 * @return what is missing, in task-list order; empty when the report was submitted
	 * @throws StaleReportException if the report changed since the task list was shown
	 * @throws ReportWorkflowException if the report is a correction, which the admin
	 * publishes instead
	 */
	public List<SubmissionProblem> submit(long reportId, long seenVersion, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		ReportGuard.requireVersion(report, seenVersion);
		if (report.isCorrection()) {
			// Answering with no problems would tell the admin it was submitted.
			throw new ReportWorkflowException("A correction is published by the admin, not submitted");
		}
		List<SubmissionProblem> problems = report.submissionProblems();
		if (!problems.isEmpty()) {
			return problems;
		}
		report.submit(who.getName(), this.clock.instant());
		report.setReportDate(LocalDate.now(this.clock));
		this.events.submitted(report, who);
		return problems;
	}

	/**
	 * Marks the report changed by this save even when only a section or row changed, so
	 * that a save made at the same moment from another page fails on the version check
	 * rather than passing unnoticed.
	 */
	void touch(HighlightReport report) {
		this.entityManager.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	static String statusFingerprint(HighlightReport report) {
		return ContentFingerprint.of(report.getOverallStatus(), report.getStatusReason());
	}

	static String sectionFingerprint(ReportSection section) {
		return ContentFingerprint.of(section.getBody(), section.isNilReturn());
	}

	/**
	 * What a section's form showed: its text, and for the risks section the risks it
	 * names. A risks section naming none has the same fingerprint as any other section.
	 */
	static String fingerprint(HighlightReport report, SectionType type) {
		ReportSection section = report.section(type);
		if (type != SectionType.RISKS || report.getRisks().isEmpty()) {
			return sectionFingerprint(section);
		}
		return ContentFingerprint.of(section.getBody(), section.isNilReturn(),
				report.getRisks().stream().map(ReportRisk::getRiskId).toList());
	}

	/**
	 * The trend the status so far would show. The previous status is looked up even
	 * without a status, so the page runs the same statements either way.
	 */
	private Optional<StatusTrend> trend(HighlightReport report) {
		Rag previous = previousStatus(report).orElse(null);
		Rag status = report.getOverallStatus();
		return (status != null) ? Optional.of(StatusTrend.between(previous, status)) : Optional.empty();
	}

	private Optional<Rag> previousStatus(HighlightReport report) {
		return this.readView.previousPublishedStatus(report);
	}

	/** The previous quarter's published report (its latest revision), if there is one. */
	private Optional<HighlightReport> previousQuarterReport(HighlightReport report) {
		ReportingPeriod period = report.getReportingPeriod();
		ReportingQuarter previous = period.quarter().previous();
		return this.reports
			.findPublished(report.getProgramme().getId(), period.getPlan().getId(), previous.year().startYear(),
					previous.quarter())
			.stream()
			.max(Comparator.comparingInt(HighlightReport::getRevision));
	}

	/** What the lead said last quarter they would do in this one. */
	private static FormattedText promised(Optional<HighlightReport> previous) {
		return FormattedText.of(previous.map((r) -> r.section(SectionType.NEXT_PERIOD))
			.filter((section) -> !section.isNilReturn())
			.map(ReportSection::getBody)
			.orElse(null));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
