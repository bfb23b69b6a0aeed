package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

/**
 * One programme's row in an executive summary's status table: its status and the reason
 * given. Drafted from the quarter's highlight report; it also records a status for a
 * programme that was exempt from reporting that quarter. When the summary is drafted
 * again, the status is refreshed from the report but a reason the business manager
 * rewrote is kept, with the report's beside it.
 */
@Entity
@Table(name = "executive_summary_status")
@Audited
public class ExecutiveSummaryStatus extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "executive_summary_id", nullable = false)
	private ExecutiveSummary summary;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ImprovementProgramme programme;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Rag status;

	@Column(name = "status_as_written", columnDefinition = "text")
	private String statusAsWritten;

	@Column(columnDefinition = "text")
	private String reason;

	@Column(nullable = false)
	private int position;

	/** Against the previous quarter's published status, when the row was drafted. */
	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private StatusTrend trend;

	/** Where the row was drafted from; {@code null} for a summary recorded by hand. */
	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private SummaryReturn source;

	/** The reason as the report (or exemption) gave it at the last drafting. */
	@Column(name = "source_reason", columnDefinition = "text")
	private String sourceReason;

	/** Whether the business manager rewrote the reason, so drafting again keeps hers. */
	@Column(name = "reason_edited", nullable = false)
	private boolean reasonEdited;

	protected ExecutiveSummaryStatus() {
	}

	ExecutiveSummaryStatus(ExecutiveSummary summary, ImprovementProgramme programme, Rag status, String statusAsWritten,
			String reason, int position) {
		this.summary = summary;
		this.programme = programme;
		this.status = status;
		this.statusAsWritten = statusAsWritten;
		this.reason = reason;
		this.position = position;
	}

	/** A row drafted from what the quarter's returns say. */
	static ExecutiveSummaryStatus drafted(ExecutiveSummary summary, SummarySource.Row source, int position) {
		ExecutiveSummaryStatus row = new ExecutiveSummaryStatus(summary, source.programme(), source.status(),
				source.statusAsWritten(), source.reason(), position);
		row.trend = source.trend();
		row.source = source.source();
		row.sourceReason = source.reason();
		return row;
	}

	/** The same row, with what the business manager did to it, in another revision. */
	ExecutiveSummaryStatus copyTo(ExecutiveSummary revision) {
		ExecutiveSummaryStatus copy = new ExecutiveSummaryStatus(revision, this.programme, this.status,
				this.statusAsWritten, this.reason, this.position);
		copy.trend = this.trend;
		copy.source = this.source;
		copy.sourceReason = this.sourceReason;
		// A row recorded by hand (never drafted) holds the business manager's own words.
		copy.reasonEdited = this.reasonEdited || (this.source == null && this.reason != null);
		return copy;
	}

	/**
	 * Takes what the quarter's returns say now: the report's status and trend (a status
	 * the business manager gave a programme without a report stays hers), and the
	 * report's reason unless she rewrote it.
	 */
	void refresh(SummarySource.Row now, int position) {
		if (now.source() == SummaryReturn.REPORTED) {
			this.status = now.status();
			this.statusAsWritten = now.statusAsWritten();
			this.trend = now.trend();
		}
		else if (this.source == SummaryReturn.REPORTED) {
			// The report it came from is no longer submitted: its status no longer
			// stands.
			this.status = null;
			this.statusAsWritten = null;
			this.trend = null;
		}
		this.source = now.source();
		this.sourceReason = now.reason();
		if (this.reasonEdited
				&& SummaryCompiler.normalise(this.reason).equals(SummaryCompiler.normalise(now.reason()))) {
			this.reasonEdited = false;
		}
		if (!this.reasonEdited) {
			this.reason = now.reason();
		}
		this.position = position;
	}

	/**
	 * Takes the business manager's reason (blank, or the report's own, goes back to the
	 * report's) and, for a programme without a report, the status she gives it.
	 */
	void revise(Rag status, String reason) {
		if (this.source != SummaryReturn.REPORTED) {
			this.status = status;
			this.statusAsWritten = null;
		}
		String wording = (reason == null || reason.isBlank()) ? null : reason.strip();
		boolean sameAsSource = wording == null
				|| SummaryCompiler.normalise(wording).equals(SummaryCompiler.normalise(this.sourceReason));
		if (sameAsSource && this.source != null) {
			this.reason = this.sourceReason;
			this.reasonEdited = false;
		}
		else {
			this.reason = wording;
			this.reasonEdited = true;
		}
	}

	/**
	 * Whether the status comes from the programme's report, so only the report changes
	 * it.
	 */
	public boolean isStatusFromReport() {
		return this.source == SummaryReturn.REPORTED;
	}

	/**
	 * Whether the business manager's reason differs from what the report says now: shown
	 * beside it so she can see what changed.
	 */
	public boolean isReasonDifferentFromSource() {
		return this.reasonEdited && this.source != null
				&& !SummaryCompiler.normalise(this.reason).equals(SummaryCompiler.normalise(this.sourceReason));
	}

	public StatusTrend getTrend() {
		return this.trend;
	}

	public SummaryReturn getSource() {
		return this.source;
	}

	public String getSourceReason() {
		return this.sourceReason;
	}

	public boolean isReasonEdited() {
		return this.reasonEdited;
	}

	public ExecutiveSummary getSummary() {
		return this.summary;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public Rag getStatus() {
		return this.status;
	}

	public String getStatusAsWritten() {
		return this.statusAsWritten;
	}

	public String getReason() {
		return this.reason;
	}

	public int getPosition() {
		return this.position;
	}

}
