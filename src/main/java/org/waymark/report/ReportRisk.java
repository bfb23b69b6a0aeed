package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;
import org.waymark.risk.RiskQueries.RiskChoice;
import org.waymark.risk.RiskScore;
import org.waymark.shared.BaseEntity;

import java.util.Optional;

/**
 * A risk from the programme's register that a highlight report's "most significant
 * current risks" section names, with what the report said about it when the lead saved
 * it: reference, title, likelihood and impact. The copy is the point: a published report
 * goes on saying what was published however the register changes afterwards.
 */
@Entity
@Table(name = "report_risk", uniqueConstraints = @UniqueConstraint(columnNames = { "report_id", "risk_id" }))
@Audited
public class ReportRisk extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private HighlightReport report;

	/**
	 * The register's risk, by id only: the report shows its own copy and never loads the
	 * register's entity (the database still checks the risk exists).
	 */
	@Column(name = "risk_id", nullable = false)
	private long riskId;

	@Column(nullable = false)
	private int position;

	@Column(length = 40)
	private String reference;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	private Integer likelihood;

	private Integer impact;

	protected ReportRisk() {
	}

	ReportRisk(HighlightReport report, RiskChoice risk, int position) {
		this.report = report;
		this.riskId = risk.id();
		take(risk, position);
	}

	/** Takes what the register says about the risk now, and its place in the section. */
	void take(RiskChoice risk, int position) {
		if (risk.id() != this.riskId) {
			throw new IllegalArgumentException("Risk " + risk.id() + " is not risk " + this.riskId);
		}
		this.position = position;
		this.reference = risk.reference();
		this.title = risk.title();
		this.likelihood = (risk.score() != null) ? risk.score().likelihood() : null;
		this.impact = (risk.score() != null) ? risk.score().impact() : null;
	}

	/** The same pick in a correction, saying what the published revision said. */
	ReportRisk copyTo(HighlightReport correction) {
		ReportRisk copy = new ReportRisk();
		copy.report = correction;
		copy.riskId = this.riskId;
		copy.position = this.position;
		copy.reference = this.reference;
		copy.title = this.title;
		copy.likelihood = this.likelihood;
		copy.impact = this.impact;
		return copy;
	}

	/** The score as the report gave it, if the risk was scored then. */
	public Optional<RiskScore> score() {
		return (this.likelihood == null || this.impact == null) ? Optional.empty()
				: Optional.of(new RiskScore(this.likelihood, this.impact));
	}

	public HighlightReport getReport() {
		return this.report;
	}

	public long getRiskId() {
		return this.riskId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getReference() {
		return this.reference;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public Integer getImpact() {
		return this.impact;
	}

}
