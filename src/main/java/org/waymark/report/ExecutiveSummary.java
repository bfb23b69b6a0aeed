package org.waymark.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's executive summary for one quarter: the overall narrative, achievements and
 * target dates met, slippage/issues/risks, next quarter's activity, decisions required,
 * and a status table with one row per programme.
 */
@Entity
@Table(name = "executive_summary")
public class ExecutiveSummary extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id", nullable = false, unique = true)
	private ReportingPeriod reportingPeriod;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExecutiveSummaryState state = ExecutiveSummaryState.DRAFT;

	/** "end December 2017". */
	@Column(name = "progress_as_at", length = 100)
	private String progressAsAt;

	@Column(columnDefinition = "text")
	private String overall;

	@Column(columnDefinition = "text")
	private String achievements;

	@Column(name = "slippage_issues_risks", columnDefinition = "text")
	private String slippageIssuesRisks;

	@Column(name = "next_quarter", columnDefinition = "text")
	private String nextQuarter;

	@Column(name = "decisions_required", columnDefinition = "text")
	private String decisionsRequired;

	@Column(name = "published_at")
	private Instant publishedAt;

	@OneToMany(mappedBy = "summary", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ExecutiveSummaryStatus> statusRows = new ArrayList<>();

	@Version
	private long version;

	protected ExecutiveSummary() {
	}

	public ExecutiveSummary(ReportingPeriod reportingPeriod) {
		this.reportingPeriod = reportingPeriod;
	}

	public ExecutiveSummaryStatus addStatusRow(ImprovementProgramme programme, Rag status, String statusAsWritten,
			String reason) {
		ExecutiveSummaryStatus row = new ExecutiveSummaryStatus(this, programme, status, statusAsWritten, reason,
				this.statusRows.size());
		this.statusRows.add(row);
		return row;
	}

	public void publish(Instant when) {
		this.state = ExecutiveSummaryState.PUBLISHED;
		this.publishedAt = when;
	}

	public boolean isPublished() {
		return this.state == ExecutiveSummaryState.PUBLISHED;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public ExecutiveSummaryState getState() {
		return this.state;
	}

	public String getProgressAsAt() {
		return this.progressAsAt;
	}

	public String getOverall() {
		return this.overall;
	}

	public String getAchievements() {
		return this.achievements;
	}

	public String getSlippageIssuesRisks() {
		return this.slippageIssuesRisks;
	}

	public String getNextQuarter() {
		return this.nextQuarter;
	}

	public String getDecisionsRequired() {
		return this.decisionsRequired;
	}

	/** Sets the narrative in one go, as the business manager edits it as one document. */
	public void write(String progressAsAt, String overall, String achievements, String slippageIssuesRisks,
			String nextQuarter, String decisionsRequired) {
		this.progressAsAt = progressAsAt;
		this.overall = overall;
		this.achievements = achievements;
		this.slippageIssuesRisks = slippageIssuesRisks;
		this.nextQuarter = nextQuarter;
		this.decisionsRequired = decisionsRequired;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public List<ExecutiveSummaryStatus> getStatusRows() {
		return this.statusRows;
	}

	public long getVersion() {
		return this.version;
	}

}
