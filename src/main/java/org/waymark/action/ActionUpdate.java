package org.waymark.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.plan.ReportingPeriod;
import org.waymark.shared.BaseEntity;

import java.util.Objects;

/**
 * An action's BRAG rating and short commentary for one quarter; the quarters' updates are
 * its history.
 */
@Entity
@Table(name = "action_update",
		uniqueConstraints = @UniqueConstraint(columnNames = { "action_id", "reporting_period_id" }))
@Audited
public class ActionUpdate extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id", nullable = false)
	private Action action;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ReportingPeriod reportingPeriod;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Brag brag;

	@Column(columnDefinition = "text")
	private String commentary;

	protected ActionUpdate() {
	}

	public ActionUpdate(Action action, ReportingPeriod reportingPeriod, Brag brag, String commentary) {
		this.action = action;
		this.reportingPeriod = reportingPeriod;
		this.brag = brag;
		this.commentary = commentary;
	}

	/**
	 * Changes the quarter's rating and commentary, e.g. when the lead revises their
	 * draft; the audit history keeps what it said before.
	 */
	void record(Brag brag, String commentary) {
		this.brag = Objects.requireNonNull(brag, "brag");
		this.commentary = commentary;
	}

	public Action getAction() {
		return this.action;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public Brag getBrag() {
		return this.brag;
	}

	public String getCommentary() {
		return this.commentary;
	}

}
