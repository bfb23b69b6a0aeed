package org.waymark.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;

/**
 * One dated part a), b), c) of an action's deadline; the date is null when the part is a
 * phrase.
 */
@Entity
@Table(name = "action_deadline_part")
@Audited
public class ActionDeadlinePart extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id", nullable = false)
	private Action action;

	@Column(nullable = false, length = 10)
	private String label;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "due_text", columnDefinition = "text")
	private String dueText;

	@Column(nullable = false)
	private int position;

	protected ActionDeadlinePart() {
	}

	ActionDeadlinePart(Action action, String label, LocalDate dueDate, String dueText, int position) {
		this.action = action;
		this.label = label;
		this.dueDate = dueDate;
		this.dueText = dueText;
		this.position = position;
	}

	public Action getAction() {
		return this.action;
	}

	public String getLabel() {
		return this.label;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public String getDueText() {
		return this.dueText;
	}

	public int getPosition() {
		return this.position;
	}

}
