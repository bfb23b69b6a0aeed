package org.waymark.scrutiny;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;

/**
 * An item due at a scrutiny committee meeting, e.g. "CYPP 2017/18 – Year 2 Q4 Update" on
 * 15 June 2018.
 */
@Entity
@Table(name = "work_programme_item")
public class WorkProgrammeItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	@Column(name = "meeting_date", nullable = false)
	private LocalDate meetingDate;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	private ImprovementProgramme programme;

	/** Lead member and officer. */
	@Column(name = "lead", columnDefinition = "text")
	private String lead;

	@Column(nullable = false)
	private int position;

	protected WorkProgrammeItem() {
	}

	public WorkProgrammeItem(Plan plan, LocalDate meetingDate, String title, String lead, int position) {
		this.plan = plan;
		this.meetingDate = meetingDate;
		this.title = title;
		this.lead = lead;
		this.position = position;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public String getTitle() {
		return this.title;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public void setProgramme(ImprovementProgramme programme) {
		this.programme = programme;
	}

	public String getLead() {
		return this.lead;
	}

	public int getPosition() {
		return this.position;
	}

}
