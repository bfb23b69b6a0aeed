package org.waymark.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.measure.Measure;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One action of an action plan: what will be done, by whom, by when, how success is
 * measured, and which inspection recommendations it answers. Its BRAG rating is set each
 * quarter; an action past its deadline and not Blue is overdue whatever its stored
 * rating.
 */
@Entity
@Table(name = "action")
@Audited
public class Action extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "objective_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Objective objective;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "sub_objective_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private SubObjective subObjective;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, columnDefinition = "text")
	private String description;

	/** Owner(s) as job titles, as written on the plan. */
	@Column(columnDefinition = "text")
	private String owners;

	/**
	 * The date by which the whole action is due (the last of its dated parts); null for
	 * phrase deadlines.
	 */
	private LocalDate deadline;

	/**
	 * The deadline as written: "a) 31st May 2018 b) 1st June 2018", "Incremental during
	 * 2018/19".
	 */
	@Column(name = "deadline_text", columnDefinition = "text")
	private String deadlineText;

	@Column(name = "kpi_text", columnDefinition = "text")
	private String kpiText;

	@Column(name = "expected_outcome", columnDefinition = "text")
	private String expectedOutcome;

	/** Null until the action is first rated. */
	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Brag brag;

	@OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ActionDeadlinePart> deadlineParts = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "action_recommendation", joinColumns = @JoinColumn(name = "action_id"),
			inverseJoinColumns = @JoinColumn(name = "recommendation_id"))
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Set<Recommendation> recommendations = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "action_measure", joinColumns = @JoinColumn(name = "action_id"),
			inverseJoinColumns = @JoinColumn(name = "measure_id"))
	private Set<Measure> measures = new LinkedHashSet<>();

	/** The action of the previous year's plan that this one was carried forward from. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "carried_from_id")
	private Action carriedFrom;

	@Version
	private long version;

	protected Action() {
	}

	Action(Objective objective, SubObjective subObjective, String description, int position) {
		this.objective = objective;
		this.subObjective = subObjective;
		this.description = description;
		this.position = position;
	}

	public boolean isOverdue(LocalDate today) {
		return OverdueRule.isOverdue(this.deadline, this.brag, today);
	}

	public ActionDeadlinePart addDeadlinePart(String label, LocalDate dueDate, String text) {
		ActionDeadlinePart part = new ActionDeadlinePart(this, label, dueDate, text, this.deadlineParts.size());
		this.deadlineParts.add(part);
		return part;
	}

	/**
	 * Sets the deadline as written; the due date is the given date, or the last dated
	 * part if null.
	 */
	public void setDeadline(String asWritten, LocalDate dueDate) {
		this.deadlineText = asWritten;
		this.deadline = (dueDate != null) ? dueDate
				: this.deadlineParts.stream()
					.map(ActionDeadlinePart::getDueDate)
					.filter(java.util.Objects::nonNull)
					.max(LocalDate::compareTo)
					.orElse(null);
	}

	/**
	 * Replaces the deadline with one read from what the user wrote: its dated parts, if
	 * it has them, and the latest date as the due date.
	 */
	public void changeDeadline(DeadlineText deadline) {
		this.deadlineParts.clear();
		for (DeadlineText.Part part : deadline.parts()) {
			addDeadlinePart(part.label(), part.dueDate(), part.text());
		}
		this.deadlineText = deadline.isEmpty() ? null : deadline.asWritten();
		this.deadline = deadline.dueDate();
	}

	/** Moves the action to another objective (see {@link Objective#adopt}). */
	void relocate(Objective objective, SubObjective subObjective, int position) {
		this.objective = objective;
		this.subObjective = subObjective;
		this.position = position;
	}

	/**
	 * A copy of this action for next year's plan, under the given objective and
	 * sub-objective: everything but its rating, which starts again as not rated, and a
	 * record that it was carried from this one.
	 */
	Action carryInto(Objective nextObjective, SubObjective nextSubObjective, int position) {
		Action copy = new Action(nextObjective, nextSubObjective, this.description, position);
		copy.owners = this.owners;
		copy.kpiText = this.kpiText;
		copy.expectedOutcome = this.expectedOutcome;
		for (ActionDeadlinePart part : this.deadlineParts) {
			copy.addDeadlinePart(part.getLabel(), part.getDueDate(), part.getDueText());
		}
		copy.deadlineText = this.deadlineText;
		copy.deadline = this.deadline;
		copy.recommendations.addAll(this.recommendations);
		copy.measures.addAll(this.measures);
		copy.carriedFrom = this;
		return copy;
	}

	/** Moves the action within its objective's ordered list (0 is first). */
	public void setPosition(int position) {
		this.position = position;
	}

	/**
	 * Moves the action under another lettered part of the same objective, or directly
	 * under the objective when null.
	 */
	public void setSubObjective(SubObjective subObjective) {
		if (subObjective != null && !subObjective.getObjective().equals(this.objective)) {
			throw new IllegalArgumentException("A sub-objective of another objective cannot hold this action");
		}
		this.subObjective = subObjective;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Objective getObjective() {
		return this.objective;
	}

	public SubObjective getSubObjective() {
		return this.subObjective;
	}

	public int getPosition() {
		return this.position;
	}

	public String getDescription() {
		return this.description;
	}

	public String getOwners() {
		return this.owners;
	}

	public void setOwners(String owners) {
		this.owners = owners;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getDeadlineText() {
		return this.deadlineText;
	}

	public String getKpiText() {
		return this.kpiText;
	}

	public void setKpiText(String kpiText) {
		this.kpiText = kpiText;
	}

	public String getExpectedOutcome() {
		return this.expectedOutcome;
	}

	public void setExpectedOutcome(String expectedOutcome) {
		this.expectedOutcome = expectedOutcome;
	}

	public Brag getBrag() {
		return this.brag;
	}

	public void setBrag(Brag brag) {
		this.brag = brag;
	}

	public List<ActionDeadlinePart> getDeadlineParts() {
		return this.deadlineParts;
	}

	public Set<Recommendation> getRecommendations() {
		return this.recommendations;
	}

	public Set<Measure> getMeasures() {
		return this.measures;
	}

	public Action getCarriedFrom() {
		return this.carriedFrom;
	}

	public void setCarriedFrom(Action carriedFrom) {
		this.carriedFrom = carriedFrom;
	}

	public long getVersion() {
		return this.version;
	}

}
