package org.waymark.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

import java.time.Instant;

/**
 * A one-time "set your password" link: only the hash of its token is kept. It works once,
 * until it expires, and only while it is the person's latest link.
 */
@Entity
@Table(name = "password_link")
class PasswordLink extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false)
	private UserAccount account;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected PasswordLink() {
	}

	PasswordLink(UserAccount account, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
	}

	UserAccount getAccount() {
		return this.account;
	}

	/** Whether the link can still set a password at this moment. */
	PasswordLinkState stateAt(Instant now) {
		if (this.usedAt != null) {
			return PasswordLinkState.USED;
		}
		return now.isBefore(this.expiresAt) ? PasswordLinkState.VALID : PasswordLinkState.EXPIRED;
	}

	/**
	 * Uses the link up.
	 * @throws IllegalStateException unless it is valid now
	 */
	void use(Instant now) {
		if (stateAt(now) != PasswordLinkState.VALID) {
			throw new IllegalStateException("This link can no longer be used");
		}
		this.usedAt = now;
	}

}
