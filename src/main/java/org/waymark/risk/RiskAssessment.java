package org.waymark.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A dated scoring of a risk (ORG0009: 4 × 5 = 20 in June 2017, 3 × 5 = 15 in May 2019);
 * the assessments are the risk's score history.
 */
@Entity
@Table(name = "risk_assessment")
@Audited
public class RiskAssessment extends BaseEntity {

	/** Oldest first; assessments on the same day in the order they were recorded. */
	public static final Comparator<RiskAssessment> CHRONOLOGICAL = Comparator.comparing(RiskAssessment::getAssessedOn)
		.thenComparing(RiskAssessment::getId, Comparator.nullsLast(Comparator.naturalOrder()));

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "risk_id", nullable = false)
	private Risk risk;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(name = "assessed_by", columnDefinition = "text")
	private String assessedBy;

	@Column(nullable = false)
	private int likelihood;

	@Column(nullable = false)
	private int impact;

	@Column(columnDefinition = "text")
	private String note;

	protected RiskAssessment() {
	}

	RiskAssessment(Risk risk, LocalDate assessedOn, String assessedBy, RiskScore score, String note) {
		this.risk = risk;
		this.assessedOn = assessedOn;
		this.assessedBy = assessedBy;
		this.likelihood = score.likelihood();
		this.impact = score.impact();
		this.note = note;
	}

	public RiskScore score() {
		return new RiskScore(this.likelihood, this.impact);
	}

	public Risk getRisk() {
		return this.risk;
	}

	public LocalDate getAssessedOn() {
		return this.assessedOn;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public int getLikelihood() {
		return this.likelihood;
	}

	public int getImpact() {
		return this.impact;
	}

	public String getNote() {
		return this.note;
	}

}
