package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

/**
 * An agreed decision that a programme sends no highlight report for a quarter, and why —
 * e.g. Programme 6 in 2017/18 Q3, "due to the OFSTED inspection". A quarter with an
 * exemption is not late and not missing; it is shown as exempt with the reason.
 */
@Entity
@Table(name = "report_exemption",
		uniqueConstraints = @UniqueConstraint(columnNames = { "programme_id", "reporting_period_id" }))
public class ReportExemption extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	private ImprovementProgramme programme;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id", nullable = false)
	private ReportingPeriod reportingPeriod;

	@Column(nullable = false, columnDefinition = "text")
	private String reason;

	protected ReportExemption() {
	}

	public ReportExemption(ImprovementProgramme programme, ReportingPeriod reportingPeriod, String reason) {
		this.programme = programme;
		this.reportingPeriod = reportingPeriod;
		this.reason = reason;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public String getReason() {
		return this.reason;
	}

}
