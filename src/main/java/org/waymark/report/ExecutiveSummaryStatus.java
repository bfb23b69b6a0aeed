package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

/**
 * One programme's row in an executive summary's status table: its status and the reason
 * given. Drafted from the quarter's highlight report; it also records a status for a
 * programme that was exempt from reporting that quarter.
 */
@Entity
@Table(name = "executive_summary_status")
public class ExecutiveSummaryStatus extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "executive_summary_id", nullable = false)
	private ExecutiveSummary summary;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
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
