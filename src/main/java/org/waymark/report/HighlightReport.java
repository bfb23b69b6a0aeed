package org.waymark.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.risk.RiskQueries.RiskChoice;
import org.waymark.shared.BaseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A programme's quarterly highlight report to the Children's Trust Executive: overall
 * status and the reason for it, the narrative sections, the measures table and case
 * studies. Its workflow is guarded here: only a complete draft can be submitted, only a
 * submitted report can be published or returned, and a published report is locked (a
 * correction is a new revision).
 */
@Entity
@Table(name = "highlight_report",
		uniqueConstraints = @UniqueConstraint(columnNames = { "programme_id", "reporting_period_id", "revision" }))
@Audited
public class HighlightReport extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ImprovementProgramme programme;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ReportingPeriod reportingPeriod;

	/** 1 for the original; each correction after publication is the next revision. */
	@Column(nullable = false)
	private int revision = 1;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportState state = ReportState.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(name = "overall_status", length = 10)
	private Rag overallStatus;

	/**
	 * The status exactly as the paper report worded it ("Progressing"), where that
	 * differs from the RAG.
	 */
	@Column(name = "status_as_written", columnDefinition = "text")
	private String statusAsWritten;

	@Column(name = "status_reason", columnDefinition = "text")
	private String statusReason;

	@Column(name = "report_date")
	private LocalDate reportDate;

	@Column(name = "return_comment", columnDefinition = "text")
	private String returnComment;

	/**
	 * Where a record came from when it was not written in Waymark, e.g. a status carried
	 * from a paper report.
	 */
	@Column(name = "source_note", columnDefinition = "text")
	private String sourceNote;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "submitted_by", length = 100)
	private String submittedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by", length = 100)
	private String publishedBy;

	/** Why a published report was corrected; set on revisions after the first. */
	@Column(name = "correction_reason", columnDefinition = "text")
	private String correctionReason;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("type")
	private List<ReportSection> sections = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ReportMeasureRow> measureRows = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CaseStudy> caseStudies = new ArrayList<>();

	/**
	 * Risks from the programme's register named in the risks section, in register order.
	 */
	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ReportRisk> risks = new ArrayList<>();

	@Version
	private long version;

	protected HighlightReport() {
	}

	public HighlightReport(ImprovementProgramme programme, ReportingPeriod reportingPeriod) {
		if (programme.getPlan() != reportingPeriod.getPlan()
				&& !programme.getPlan().equals(reportingPeriod.getPlan())) {
			throw new IllegalArgumentException("The reporting period belongs to a different plan");
		}
		this.programme = programme;
		this.reportingPeriod = reportingPeriod;
		for (SectionType type : SectionType.values()) {
			this.sections.add(new ReportSection(this, type));
		}
	}

	public ReportSection section(SectionType type) {
		return this.sections.stream()
			.filter((section) -> section.getType() == type)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Report has no " + type + " section"));
	}

	public Set<SectionType> incompleteSections() {
		Set<SectionType> incomplete = EnumSet.noneOf(SectionType.class);
		for (SectionType type : SectionType.values()) {
			if (!isSectionComplete(type)) {
				incomplete.add(type);
			}
		}
		return incomplete;
	}

	/**
	 * Whether a section is filled in: written, marked nil return, or, for the risks
	 * section, naming risks from the register.
	 */
	public boolean isSectionComplete(SectionType type) {
		return section(type).isComplete() || (type == SectionType.RISKS && !this.risks.isEmpty());
	}

	/**
	 * Names these risks from the programme's register in the risks section, in the order
	 * given, each as the register describes it now; risks named before and not given are
	 * dropped. A risk named before keeps its row, so the report never holds the same risk
	 * twice, even for a moment.
	 * @param picked the risks, each on the report's programme's register (the caller
	 * checks)
	 */
	public void nameRisks(List<RiskChoice> picked) {
		requireEditable();
		Map<Long, ReportRisk> existing = new HashMap<>();
		this.risks.forEach((risk) -> existing.put(risk.getRiskId(), risk));
		Set<Long> keep = picked.stream().map(RiskChoice::id).collect(Collectors.toSet());
		this.risks.removeIf((risk) -> !keep.contains(risk.getRiskId()));
		for (int position = 0; position < picked.size(); position++) {
			RiskChoice choice = picked.get(position);
			ReportRisk risk = existing.get(choice.id());
			if (risk != null) {
				risk.take(choice, position);
			}
			else {
				this.risks.add(new ReportRisk(this, choice, position));
			}
		}
		this.risks.sort(Comparator.comparingInt(ReportRisk::getPosition));
	}

	/**
	 * Marks a section nil return: no text and, for the risks section, no risks named
	 * either.
	 */
	public void markNilReturn(SectionType type) {
		if (type == SectionType.RISKS) {
			requireEditable();
			this.risks.clear();
		}
		section(type).markNilReturn();
	}

	public ReportMeasureRow addMeasureRow(Measure measure, MeasureValue current, MeasureValue previous) {
		ReportMeasureRow row = new ReportMeasureRow(this, measure, current, previous, this.measureRows.size());
		this.measureRows.add(row);
		return row;
	}

	/** Adds a case study after the others. */
	public CaseStudy addCaseStudy(String title, String summary) {
		requireEditable();
		// After the last one, not at size(): positions left by removed ones are not
		// reused.
		int position = this.caseStudies.stream().mapToInt(CaseStudy::getPosition).max().orElse(-1) + 1;
		CaseStudy caseStudy = new CaseStudy(this, title, summary, position);
		this.caseStudies.add(caseStudy);
		return caseStudy;
	}

	/** Removes a case study, and with it its attached file. */
	public void removeCaseStudy(CaseStudy caseStudy) {
		requireEditable();
		if (!this.caseStudies.remove(caseStudy)) {
			throw new IllegalArgumentException("Case study " + caseStudy.getId() + " is not on this report");
		}
	}

	public void setStatus(Rag status, String reason) {
		requireEditable();
		this.overallStatus = status;
		this.statusReason = reason;
	}

	/**
	 * What stands between this report and submission, in the order the form shows them:
	 * the overall status and its reason, each section neither written nor marked nil
	 * return, and each measure row with neither a value nor a data status. Empty when the
	 * report is complete.
	 */
	public List<SubmissionProblem> submissionProblems() {
		List<SubmissionProblem> problems = new ArrayList<>();
		if (this.overallStatus == null) {
			problems.add(SubmissionProblem.missingStatus());
		}
		if (this.statusReason == null || this.statusReason.isBlank()) {
			problems.add(SubmissionProblem.missingStatusReason());
		}
		for (SectionType type : SectionType.values()) {
			if (!isSectionComplete(type)) {
				problems.add(SubmissionProblem.incompleteSection(type));
			}
		}
		for (ReportMeasureRow row : this.measureRows) {
			if (!row.isAnswered()) {
				problems.add(SubmissionProblem.unansweredMeasure(row));
			}
		}
		return problems;
	}

	/**
	 * Sends a complete draft, or a report returned for changes, to the business manager;
	 * refuses while anything is missing ({@link #submissionProblems()}). A correction is
	 * published by the admin making it, not submitted.
	 */
	public void submit(String who, Instant when) {
		if (!this.state.editableByLead() || isCorrection()) {
			throw new ReportWorkflowException("Only a draft or returned report can be submitted");
		}
		List<SubmissionProblem> problems = submissionProblems();
		if (!problems.isEmpty()) {
			throw new ReportWorkflowException("The report is not complete: "
					+ problems.stream().map(SubmissionProblem::toString).collect(Collectors.joining(", ")));
		}
		this.state = ReportState.SUBMITTED;
		this.submittedAt = when;
		this.submittedBy = who;
		this.returnComment = null;
	}

	public void returnForChanges(String comment) {
		if (this.state != ReportState.SUBMITTED) {
			throw new ReportWorkflowException("Only a submitted report can be returned");
		}
		if (comment == null || comment.isBlank()) {
			throw new ReportWorkflowException("Say what needs changing before returning the report");
		}
		this.state = ReportState.RETURNED;
		this.returnComment = comment;
	}

	/**
	 * Publishes a submitted report, or a correction the business manager has finished;
	 * both need the same checks a lead's submission does.
	 */
	public void publish(String who, Instant when) {
		boolean finishedCorrection = isCorrection() && this.state == ReportState.DRAFT;
		if (this.state != ReportState.SUBMITTED && !finishedCorrection) {
			throw new ReportWorkflowException("Only a submitted report can be published");
		}
		if (finishedCorrection && !submissionProblems().isEmpty()) {
			throw new ReportWorkflowException("Complete the correction before publishing it");
		}
		this.state = ReportState.PUBLISHED;
		this.publishedAt = when;
		this.publishedBy = who;
		this.measureRows.forEach(ReportMeasureRow::confirmValue);
	}

	/**
	 * Starts a correction of this published report: the next revision, a draft holding
	 * everything this one says, to be edited and published by the business manager. This
	 * revision stays as it was published.
	 * @param reason why the published report needs correcting, shown with the correction
	 */
	public HighlightReport startCorrection(String reason) {
		if (this.state != ReportState.PUBLISHED) {
			throw new ReportWorkflowException("Only a published report can be corrected");
		}
		if (reason == null || reason.isBlank()) {
			throw new ReportWorkflowException("Say why the published report needs correcting");
		}
		HighlightReport correction = new HighlightReport(this.programme, this.reportingPeriod);
		correction.revision = this.revision + 1;
		correction.correctionReason = reason.strip();
		correction.overallStatus = this.overallStatus;
		correction.statusAsWritten = this.statusAsWritten;
		correction.statusReason = this.statusReason;
		correction.reportDate = this.reportDate;
		correction.submittedAt = this.submittedAt;
		correction.submittedBy = this.submittedBy;
		for (ReportSection section : this.sections) {
			correction.section(section.getType()).copyFrom(section);
		}
		for (ReportMeasureRow row : this.measureRows) {
			correction.measureRows.add(row.copyTo(correction));
		}
		for (CaseStudy caseStudy : this.caseStudies) {
			correction.caseStudies.add(caseStudy.copyTo(correction));
		}
		for (ReportRisk risk : this.risks) {
			correction.risks.add(risk.copyTo(correction));
		}
		return correction;
	}

	/** Whether this revision corrects a published one (revisions after the first). */
	public boolean isCorrection() {
		return this.revision > 1;
	}

	/**
	 * Records a report that was published outside Waymark (e.g. on paper before the
	 * programme moved here), saying where it came from.
	 */
	public void recordAsPublished(String sourceNote, Instant when) {
		this.state = ReportState.PUBLISHED;
		this.sourceNote = sourceNote;
		this.publishedAt = when;
		this.publishedBy = sourceNote == null ? null : "imported";
		this.measureRows.forEach(ReportMeasureRow::confirmValue);
	}

	/**
	 * Refuses a change to a report that is with the business manager or published.
	 */
	public void requireEditable() {
		if (!this.state.editableByLead()) {
			throw new ReportWorkflowException("A " + this.state.name().toLowerCase() + " report cannot be changed");
		}
	}

	public boolean isPublished() {
		return this.state == ReportState.PUBLISHED;
	}

	public Optional<Rag> status() {
		return Optional.ofNullable(this.overallStatus);
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public int getRevision() {
		return this.revision;
	}

	public ReportState getState() {
		return this.state;
	}

	public Rag getOverallStatus() {
		return this.overallStatus;
	}

	public String getStatusAsWritten() {
		return this.statusAsWritten;
	}

	public void setStatusAsWritten(String statusAsWritten) {
		this.statusAsWritten = statusAsWritten;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public LocalDate getReportDate() {
		return this.reportDate;
	}

	public void setReportDate(LocalDate reportDate) {
		this.reportDate = reportDate;
	}

	public String getReturnComment() {
		return this.returnComment;
	}

	public String getCorrectionReason() {
		return this.correctionReason;
	}

	public String getSourceNote() {
		return this.sourceNote;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public List<ReportSection> getSections() {
		return this.sections;
	}

	public List<ReportMeasureRow> getMeasureRows() {
		return this.measureRows;
	}

	public List<CaseStudy> getCaseStudies() {
		return this.caseStudies;
	}

	public List<ReportRisk> getRisks() {
		return this.risks;
	}

	public long getVersion() {
		return this.version;
	}

}
