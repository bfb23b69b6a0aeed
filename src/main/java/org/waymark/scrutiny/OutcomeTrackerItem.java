package org.waymark.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;

/**
 * Something the scrutiny committee agreed at a meeting, who owns it, and whether it has
 * been done.
 */
@Entity
@Table(name = "outcome_tracker_item")
public class OutcomeTrackerItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	@Column(name = "meeting_date", nullable = false)
	private LocalDate meetingDate;

	@Column(name = "agenda_item", nullable = false, columnDefinition = "text")
	private String agendaItem;

	/** The programme it links to; null when it links to all programmes or none. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	private ImprovementProgramme programme;

	/** The link as the tracker writes it ("All"), where it is not one programme. */
	@Column(name = "link_text", length = 100)
	private String linkText;

	@Column(name = "action_owner", columnDefinition = "text")
	private String actionOwner;

	@Column(name = "agreed_outcome", nullable = false, columnDefinition = "text")
	private String agreedOutcome;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OutcomeStatus status;

	/** The status as the tracker qualifies it, e.g. "Pending May 2018". */
	@Column(name = "status_note", columnDefinition = "text")
	private String statusNote;

	@Column(nullable = false)
	private int position;

	protected OutcomeTrackerItem() {
	}

	public OutcomeTrackerItem(Plan plan, LocalDate meetingDate, String agendaItem, String agreedOutcome,
			OutcomeStatus status, int position) {
		this.plan = plan;
		this.meetingDate = meetingDate;
		this.agendaItem = agendaItem;
		this.agreedOutcome = agreedOutcome;
		this.status = status;
		this.position = position;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public String getAgendaItem() {
		return this.agendaItem;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public void setProgramme(ImprovementProgramme programme) {
		this.programme = programme;
	}

	public String getLinkText() {
		return this.linkText;
	}

	public void setLinkText(String linkText) {
		this.linkText = linkText;
	}

	public String getActionOwner() {
		return this.actionOwner;
	}

	public void setActionOwner(String actionOwner) {
		this.actionOwner = actionOwner;
	}

	public String getAgreedOutcome() {
		return this.agreedOutcome;
	}

	public OutcomeStatus getStatus() {
		return this.status;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

	public int getPosition() {
		return this.position;
	}

}
