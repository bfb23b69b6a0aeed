package org.waymark.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.waymark.shared.ChangeSetInfo;

import java.time.Instant;

/**
 * One audited change set: when it happened and who made it. Every change to reports,
 * actions, measures, measure values and risks is recorded against one of these (Hibernate
 * Envers).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision implements ChangeSetInfo {

	// Identity rather than Envers' default sequence, so one migration serves H2 and
	// PostgreSQL.
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	@Column(name = "rev")
	private Integer id;

	@RevisionTimestamp
	@Column(name = "revtstmp", nullable = false)
	private long timestamp;

	@Column(name = "username", length = 100)
	private String username;

	@Override
	public Integer getId() {
		return this.id;
	}

	@Override
	public Instant getTimestamp() {
		return Instant.ofEpochMilli(this.timestamp);
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
