package org.waymark.risk;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A risk on a register: a programme's key risk (risk, impact, mitigation) or, with no
 * programme, a plan or corporate risk such as ORG0009 "Safeguarding Children". Scored
 * risks carry likelihood × impact and a history of assessments; the score and band are
 * always computed.
 */
@Entity
@Table(name = "risk")
@Audited
public class Risk extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Plan plan;

	/** Null for a plan-wide or corporate risk. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ImprovementProgramme programme;

	@Column(length = 40)
	private String reference;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	/** Cause and event. */
	@Column(columnDefinition = "text")
	private String description;

	/** Impact or consequences. */
	@Column(name = "impact_description", columnDefinition = "text")
	private String impactDescription;

	@Column(columnDefinition = "text")
	private String owner;

	private Integer likelihood;

	private Integer impact;

	@Column(name = "target_score")
	private Integer targetScore;

	@Column(name = "review_date")
	private LocalDate reviewDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RiskStatus status = RiskStatus.OPEN;

	@Column(nullable = false)
	private int position;

	@OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<RiskMitigation> mitigations = new ArrayList<>();

	@OneToMany(mappedBy = "risk", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("assessedOn")
	private List<RiskAssessment> assessments = new ArrayList<>();

	@Version
	private long version;

	protected Risk() {
	}

	public Risk(Plan plan, ImprovementProgramme programme, String title, int position) {
		this.plan = plan;
		this.programme = programme;
		this.title = title;
		this.position = position;
	}

	/** The current score, if the risk has been scored. */
	public Optional<RiskScore> score() {
		return (this.likelihood == null || this.impact == null) ? Optional.empty()
				: Optional.of(new RiskScore(this.likelihood, this.impact));
	}

	public RiskMitigation addMitigation(String description, String owner, MitigationStatus status) {
		RiskMitigation mitigation = new RiskMitigation(this, description, owner, status, this.mitigations.size());
		this.mitigations.add(mitigation);
		return mitigation;
	}

	/** The risk's mitigation with the given id, if it has one. */
	public Optional<RiskMitigation> mitigation(long mitigationId) {
		return this.mitigations.stream()
			.filter((mitigation) -> mitigation.getId() != null && mitigation.getId() == mitigationId)
			.findFirst();
	}

	/** Changes one of the risk's mitigations. */
	public void changeMitigation(RiskMitigation mitigation, String description, String owner, MitigationStatus status) {
		requireOwn(mitigation);
		mitigation.change(description, owner, status);
	}

	/** Removes one of the risk's mitigations; those after it move up a place. */
	public void removeMitigation(RiskMitigation mitigation) {
		requireOwn(mitigation);
		this.mitigations.remove(mitigation);
		for (int i = 0; i < this.mitigations.size(); i++) {
			this.mitigations.get(i).moveTo(i);
		}
	}

	private void requireOwn(RiskMitigation mitigation) {
		if (!this.mitigations.contains(mitigation)) {
			throw new IllegalArgumentException("The mitigation is not one of this risk's");
		}
	}

	public boolean isOpen() {
		return this.status == RiskStatus.OPEN;
	}

	/**
	 * Re-scores the risk and records the assessment in its history. The risk's current
	 * score is its latest assessment's: a back-dated assessment adds history without
	 * changing it, and of two on the same day the one recorded later counts.
	 */
	public RiskAssessment assess(LocalDate on, String by, RiskScore score, String note) {
		RiskAssessment assessment = new RiskAssessment(this, on, by, score, note);
		RiskAssessment latest = latestAssessment().orElse(null);
		this.assessments.add(assessment);
		if (latest == null || !on.isBefore(latest.getAssessedOn())) {
			this.likelihood = score.likelihood();
			this.impact = score.impact();
		}
		return assessment;
	}

	/**
	 * The assessment the current score comes from, if the risk has been assessed. Two
	 * assessments not yet saved on the same day are equal in the chronological order, so
	 * of those the one recorded later wins ({@code Stream.max} would keep the first).
	 */
	public Optional<RiskAssessment> latestAssessment() {
		return this.assessments.stream()
			.reduce((latest, next) -> (RiskAssessment.CHRONOLOGICAL.compare(next, latest) >= 0) ? next : latest);
	}

	/**
	 * The score the risk stood at at the end of a day: its latest assessment on or before
	 * that day (of two on one day, the one recorded later), empty when it had not been
	 * assessed by then.
	 */
	public Optional<RiskScore> scoreOn(LocalDate day) {
		return this.assessments.stream()
			.filter((assessment) -> !assessment.getAssessedOn().isAfter(day))
			.reduce((latest, next) -> (RiskAssessment.CHRONOLOGICAL.compare(next, latest) >= 0) ? next : latest)
			.map(RiskAssessment::score);
	}

	public Plan getPlan() {
		return this.plan;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getImpactDescription() {
		return this.impactDescription;
	}

	public void setImpactDescription(String impactDescription) {
		this.impactDescription = impactDescription;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public Integer getTargetScore() {
		return this.targetScore;
	}

	public void setTargetScore(Integer targetScore) {
		this.targetScore = targetScore;
	}

	public LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public void setReviewDate(LocalDate reviewDate) {
		this.reviewDate = reviewDate;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public void setStatus(RiskStatus status) {
		this.status = status;
	}

	public int getPosition() {
		return this.position;
	}

	public List<RiskMitigation> getMitigations() {
		return this.mitigations;
	}

	public List<RiskAssessment> getAssessments() {
		return this.assessments;
	}

	public long getVersion() {
		return this.version;
	}

}
