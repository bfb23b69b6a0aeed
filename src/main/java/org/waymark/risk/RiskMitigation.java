package org.waymark.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

/** One mitigating action against a risk, with its owner and progress. */
@Entity
@Table(name = "risk_mitigation")
@Audited
public class RiskMitigation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "risk_id", nullable = false)
	private Risk risk;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	@Column(columnDefinition = "text")
	private String owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MitigationStatus status;

	@Column(nullable = false)
	private int position;

	protected RiskMitigation() {
	}

	RiskMitigation(Risk risk, String description, String owner, MitigationStatus status, int position) {
		this.risk = risk;
		this.description = description;
		this.owner = owner;
		this.status = status;
		this.position = position;
	}

	void change(String description, String owner, MitigationStatus status) {
		this.description = description;
		this.owner = owner;
		this.status = status;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Risk getRisk() {
		return this.risk;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOwner() {
		return this.owner;
	}

	public MitigationStatus getStatus() {
		return this.status;
	}

	public int getPosition() {
		return this.position;
	}

}
