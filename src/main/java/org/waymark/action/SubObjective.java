package org.waymark.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.waymark.shared.BaseEntity;

import java.util.List;

/** A lettered part of an objective with its own lead, e.g. "A. Permanence planning". */
@Entity
@Table(name = "sub_objective")
public class SubObjective extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "objective_id", nullable = false)
	private Objective objective;

	@Column(nullable = false, length = 4)
	private String letter;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@Column(columnDefinition = "text")
	private String lead;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	protected SubObjective() {
	}

	SubObjective(Objective objective, String letter, String title, String lead, int position) {
		this.objective = objective;
		this.letter = letter;
		this.title = title;
		this.lead = lead;
		this.position = position;
	}

	/**
	 * Adds an action to this sub-objective; it is kept in the objective's ordered list of
	 * actions.
	 */
	public Action addAction(String description) {
		List<Action> all = this.objective.getActions();
		Action action = new Action(this.objective, this, description, all.size());
		all.add(action);
		return action;
	}

	public List<Action> actions() {
		return this.objective.getActions().stream().filter((action) -> this.equals(action.getSubObjective())).toList();
	}

	public Objective getObjective() {
		return this.objective;
	}

	public String getLetter() {
		return this.letter;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLetter(String letter) {
		this.letter = letter;
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

	public long getVersion() {
		return this.version;
	}

}
