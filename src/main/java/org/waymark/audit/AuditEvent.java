package org.waymark.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

import java.time.Instant;

/** One line of the audit log: written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 40)
	private AuditCategory category;

	@Column(nullable = false, updatable = false, columnDefinition = "text")
	private String summary;

	@Column(updatable = false)
	private String subject;

	@Column(name = "client_address", updatable = false, length = 64)
	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, AuditCategory category, String summary, String subject,
			String clientAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.category = category;
		this.summary = summary;
		this.subject = subject;
		this.clientAddress = clientAddress;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public AuditCategory getCategory() {
		return this.category;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
