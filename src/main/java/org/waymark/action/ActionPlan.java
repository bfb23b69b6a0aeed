package org.waymark.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.UniqueConstraint;
import org.waymark.plan.FinancialYear;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A programme's action plan for one financial year, grouped into numbered objectives,
 * e.g. "CYPP, Programme 6, Action Plan 2018/19 - FINAL MAY (4.5.18)".
 */
@Entity
@Table(name = "action_plan", uniqueConstraints = @UniqueConstraint(columnNames = { "programme_id", "financial_year" }))
public class ActionPlan extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	private ImprovementProgramme programme;

	@Column(name = "financial_year", nullable = false)
	private int financialYear;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@Column(name = "version_label", length = 100)
	private String versionLabel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ActionPlanStatus status = ActionPlanStatus.DRAFT;

	/**
	 * The delivery group(s) named on the plan, which may differ from the programme's
	 * usual group.
	 */
	@Column(name = "lead_delivery_group", columnDefinition = "text")
	private String leadDeliveryGroup;

	@Column(name = "senior_responsible_owners", columnDefinition = "text")
	private String seniorResponsibleOwners;

	@OneToMany(mappedBy = "actionPlan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Objective> objectives = new ArrayList<>();

	@Version
	private long version;

	protected ActionPlan() {
	}

	public ActionPlan(ImprovementProgramme programme, FinancialYear year, String title) {
		this.programme = programme;
		this.financialYear = year.startYear();
		this.title = title;
	}

	public Objective addObjective(int number, String title, String lead) {
		Objective objective = new Objective(this, number, title, lead, this.objectives.size());
		this.objectives.add(objective);
		return objective;
	}

	public FinancialYear financialYear() {
		return new FinancialYear(this.financialYear);
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getVersionLabel() {
		return this.versionLabel;
	}

	public void setVersionLabel(String versionLabel) {
		this.versionLabel = versionLabel;
	}

	public ActionPlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionPlanStatus status) {
		this.status = status;
	}

	public String getLeadDeliveryGroup() {
		return this.leadDeliveryGroup;
	}

	public void setLeadDeliveryGroup(String leadDeliveryGroup) {
		this.leadDeliveryGroup = leadDeliveryGroup;
	}

	public String getSeniorResponsibleOwners() {
		return this.seniorResponsibleOwners;
	}

	public void setSeniorResponsibleOwners(String seniorResponsibleOwners) {
		this.seniorResponsibleOwners = seniorResponsibleOwners;
	}

	public List<Objective> getObjectives() {
		return this.objectives;
	}

	public long getVersion() {
		return this.version;
	}

	/** The objectives in the plan's order. */
	public List<Objective> orderedObjectives() {
		return this.objectives.stream().sorted(Comparator.comparingInt(Objective::getPosition)).toList();
	}

	/** The number a new objective gets: one more than the highest so far. */
	public int nextObjectiveNumber() {
		return this.objectives.stream().mapToInt(Objective::getNumber).max().orElse(0) + 1;
	}

	/**
	 * Swaps an objective with its neighbour, places and numbers both, so that the
	 * numbering keeps following the order.
	 * @return {@code false} if it is already first (up) or last (down), so nothing moved
	 */
	public boolean moveObjective(Objective objective, Move move) {
		List<Objective> ordered = orderedObjectives();
		int here = ordered.indexOf(objective);
		if (here < 0) {
			throw new IllegalArgumentException("Objective of another plan");
		}
		int there = here + move.step();
		if (there < 0 || there >= ordered.size()) {
			return false;
		}
		Objective other = ordered.get(there);
		int number = objective.getNumber();
		objective.setNumber(other.getNumber());
		other.setNumber(number);
		objective.setPosition(there);
		other.setPosition(here);
		return true;
	}

	/**
	 * Removes an objective that has no actions (with its sub-objectives); the objectives
	 * after it move up a number. An objective with actions is refused: its actions must
	 * be moved or removed first, so that no action is lost by removing its heading.
	 */
	public void removeObjective(Objective objective) {
		if (!objective.getActions().isEmpty()) {
			throw new IllegalStateException("Objective " + objective.getNumber() + " still has actions");
		}
		List<Objective> ordered = new ArrayList<>(orderedObjectives());
		if (!ordered.remove(objective)) {
			throw new IllegalArgumentException("Objective of another plan");
		}
		this.objectives.remove(objective);
		for (int i = 0; i < ordered.size(); i++) {
			Objective other = ordered.get(i);
			other.setPosition(i);
			if (other.getNumber() > objective.getNumber()) {
				other.setNumber(other.getNumber() - 1);
			}
		}
	}

}
