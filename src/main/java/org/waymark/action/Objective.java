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
import jakarta.persistence.Version;
import org.waymark.shared.BaseEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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

	@Version
	private long version;

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

	public long getVersion() {
		return this.version;
	}

	/** The sub-objectives in order. */
	public List<SubObjective> orderedSubObjectives() {
		return this.subObjectives.stream().sorted(Comparator.comparingInt(SubObjective::getPosition)).toList();
	}

	/**
	 * The actions under the objective itself (sub-objective null) or under one of its
	 * sub-objectives, in order.
	 */
	public List<Action> actionsUnder(SubObjective subObjective) {
		return this.actions.stream()
			.filter((action) -> Objects.equals(action.getSubObjective(), subObjective))
			.sorted(Comparator.comparingInt(Action::getPosition))
			.toList();
	}

	/**
	 * The letter a new sub-objective gets: the one after the last single letter used, or
	 * A.
	 */
	public String nextSubObjectiveLetter() {
		char last = (char) ('A' - 1);
		for (SubObjective sub : this.subObjectives) {
			String letter = sub.getLetter();
			if (letter != null && letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) < 'Z'
					&& letter.charAt(0) > last) {
				last = letter.charAt(0);
			}
		}
		return String.valueOf((char) (last + 1));
	}

	/**
	 * Swaps an action with its neighbour among the actions that sit where it does
	 * (directly under the objective, or under the same sub-objective).
	 * @return {@code false} if it is already first (up) or last (down), so nothing moved
	 */
	public boolean moveAction(Action action, Move move) {
		if (!this.actions.contains(action)) {
			throw new IllegalArgumentException("Action of another objective");
		}
		List<Action> siblings = actionsUnder(action.getSubObjective());
		int here = siblings.indexOf(action);
		int there = here + move.step();
		if (there < 0 || there >= siblings.size()) {
			return false;
		}
		renumberActions();
		Action other = siblings.get(there);
		int position = action.getPosition();
		action.setPosition(other.getPosition());
		other.setPosition(position);
		return true;
	}

	/**
	 * Takes an action from another objective of the same plan, placing it last, under the
	 * given sub-objective of this one (or directly under this objective). The action is
	 * left in the other objective's loaded list, which is not what decides where it
	 * belongs: taking it out would have it deleted as an orphan.
	 */
	public void adopt(Action action, SubObjective subObjective) {
		if (!action.getObjective().getActionPlan().equals(this.actionPlan)) {
			throw new IllegalArgumentException("Action of another plan");
		}
		if (subObjective != null && !this.equals(subObjective.getObjective())) {
			throw new IllegalArgumentException("Sub-objective of another objective");
		}
		if (this.equals(action.getObjective())) {
			action.setSubObjective(subObjective);
			return;
		}
		int last = this.actions.stream().mapToInt(Action::getPosition).max().orElse(-1);
		action.relocate(this, subObjective, last + 1);
		this.actions.add(action);
	}

	/** Removes an action; the actions after it close the gap. */
	public void removeAction(Action action) {
		if (!this.actions.remove(action)) {
			throw new IllegalArgumentException("Action of another objective");
		}
		renumberActions();
	}

	/**
	 * Removes a sub-objective that has no actions; one with actions is refused, so that
	 * no action is lost by removing its heading.
	 */
	public void removeSubObjective(SubObjective subObjective) {
		if (!actionsUnder(subObjective).isEmpty()) {
			throw new IllegalStateException("Sub-objective " + subObjective.getLetter() + " still has actions");
		}
		if (!this.subObjectives.remove(subObjective)) {
			throw new IllegalArgumentException("Sub-objective of another objective");
		}
		List<SubObjective> ordered = orderedSubObjectives();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i);
		}
	}

	private void renumberActions() {
		List<Action> ordered = this.actions.stream().sorted(Comparator.comparingInt(Action::getPosition)).toList();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i);
		}
	}

	/** Every action of the objective, including those under its sub-objectives. */
	public List<Action> getActions() {
		return this.actions;
	}

}
