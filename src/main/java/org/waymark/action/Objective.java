package org.waymark.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered objective of an action plan with its lead, e.g. "2. Improve the consistency
 * of social work practice — Lead: Deputy Director Children's Services". Actions sit
 * directly under it or under one of its lettered sub-objectives.
 */
@Entity
@Table(name = "objective")
public class Objective extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_plan_id", nullable = false)
	private ActionPlan actionPlan;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@Column(columnDefinition = "text")
	private String lead;

	@Column(nullable = false)
	private int position;

	@OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<SubObjective> subObjectives = new ArrayList<>();

	@OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Action> actions = new ArrayList<>();

	protected Objective() {
	}

	Objective(ActionPlan actionPlan, int number, String title, String lead, int position) {
		this.actionPlan = actionPlan;
		this.number = number;
		this.title = title;
		this.lead = lead;
		this.position = position;
	}

	public SubObjective addSubObjective(String letter, String title, String lead) {
		SubObjective subObjective = new SubObjective(this, letter, title, lead, this.subObjectives.size());
		this.subObjectives.add(subObjective);
		return subObjective;
	}

	/** Adds an action directly under this objective (not under a sub-objective). */
	public Action addAction(String description) {
		Action action = new Action(this, null, description, this.actions.size());
		this.actions.add(action);
		return action;
	}

	/**
	 * The actions that sit directly under the objective rather than under a
	 * sub-objective.
	 */
	public List<Action> directActions() {
		return this.actions.stream().filter((action) -> action.getSubObjective() == null).toList();
	}

	public ActionPlan getActionPlan() {
		return this.actionPlan;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setNumber(int number) {
		this.number = number;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public int getPosition() {
		return this.position;
	}

	public List<SubObjective> getSubObjectives() {
		return this.subObjectives;
	}

	/** Every action of the objective, including those under its sub-objectives. */
	public List<Action> getActions() {
		return this.actions;
	}

}
