package org.waymark.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

import java.time.Instant;

/**
 * A reminder as it was written and what became of it: sent, listed in the application for
 * want of a mail server, or failed with the reason. Written once, never changed.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private ReminderKind kind;

	@Column(name = "plan_id", nullable = false, updatable = false)
	private long planId;

	@Column(name = "period_id", nullable = false, updatable = false)
	private long periodId;

	@Column(name = "programme_id", updatable = false)
	private Long programmeId;

	@Column(name = "days_before", updatable = false)
	private Integer daysBefore;

	@Column(name = "recipient_email", nullable = false, updatable = false)
	private String recipientEmail;

	@Column(name = "recipient_name", nullable = false, updatable = false)
	private String recipientName;

	@Column(name = "plan_title", nullable = false, updatable = false, columnDefinition = "text")
	private String planTitle;

	@Column(name = "quarter_label", nullable = false, updatable = false, columnDefinition = "text")
	private String quarterLabel;

	@Column(name = "programme_label", updatable = false, columnDefinition = "text")
	private String programmeLabel;

	@Column(nullable = false, updatable = false, columnDefinition = "text")
	private String subject;

	@Column(nullable = false, updatable = false, columnDefinition = "text")
	private String body;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 10)
	private ReminderOutcome outcome;

	@Column(updatable = false, columnDefinition = "text")
	private String failure;

	protected Reminder() {
	}

	Reminder(Letter letter, Instant createdAt, String requestedBy, ReminderOutcome outcome, String failure) {
		this.kind = letter.kind();
		this.planId = letter.planId();
		this.periodId = letter.periodId();
		this.programmeId = letter.programmeId();
		this.daysBefore = letter.daysBefore();
		this.recipientEmail = letter.recipientEmail();
		this.recipientName = letter.recipientName();
		this.planTitle = letter.planTitle();
		this.quarterLabel = letter.quarterLabel();
		this.programmeLabel = letter.programmeLabel();
		this.subject = letter.subject();
		this.body = letter.body();
		this.createdAt = createdAt;
		this.requestedBy = requestedBy;
		this.outcome = outcome;
		this.failure = failure;
	}

	public ReminderKind getKind() {
		return this.kind;
	}

	public long getPlanId() {
		return this.planId;
	}

	public long getPeriodId() {
		return this.periodId;
	}

	public Long getProgrammeId() {
		return this.programmeId;
	}

	public Integer getDaysBefore() {
		return this.daysBefore;
	}

	public String getRecipientEmail() {
		return this.recipientEmail;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public String getPlanTitle() {
		return this.planTitle;
	}

	public String getQuarterLabel() {
		return this.quarterLabel;
	}

	public String getProgrammeLabel() {
		return this.programmeLabel;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public ReminderOutcome getOutcome() {
		return this.outcome;
	}

	public String getFailure() {
		return this.failure;
	}

}
