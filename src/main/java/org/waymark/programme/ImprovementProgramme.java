package org.waymark.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.waymark.plan.Plan;
import org.waymark.shared.BaseEntity;

/**
 * One of a plan's numbered improvement programmes ("priorities" in some plans), owned by
 * a delivery group and followed by named scrutiny champions.
 */
@Entity
@Table(name = "improvement_programme", uniqueConstraints = @UniqueConstraint(columnNames = { "plan_id", "number" }))
public class ImprovementProgramme extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@Column(columnDefinition = "text")
	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "delivery_group_id")
	private DeliveryGroup deliveryGroup;

	/** Senior responsible owner(s) or lead sponsor, as job titles or names. */
	@Column(name = "senior_responsible_owners", columnDefinition = "text")
	private String seniorResponsibleOwners;

	/**
	 * The scrutiny committee champion(s) as named in the reports, e.g. "Cllr Josh
	 * Williams".
	 */
	@Column(name = "scrutiny_champions", columnDefinition = "text")
	private String scrutinyChampions;

	/**
	 * A retired programme keeps its history but is no longer asked for returns (see
	 * {@link #isAskedForReturns}).
	 */
	@Column(nullable = false)
	private boolean retired;

	protected ImprovementProgramme() {
	}

	public ImprovementProgramme(Plan plan, int number, String title, DeliveryGroup deliveryGroup) {
		this.plan = plan;
		this.number = number;
		this.title = title;
		this.deliveryGroup = deliveryGroup;
	}

	/**
	 * "Programme 3", or "Priority 3" in a plan of priorities. Loads the plan if it is not
	 * loaded yet, so a query for a page that shows it fetches the plan with the
	 * programme.
	 */
	public String label() {
		return this.plan.programmeLabel(this.number);
	}

	/**
	 * Changes what the business manager typed about the programme (its number changes
	 * through {@link #renumber}).
	 */
	public void describe(String title, String description, DeliveryGroup deliveryGroup, String seniorResponsibleOwners,
			String scrutinyChampions) {
		this.title = title;
		this.description = description;
		this.deliveryGroup = deliveryGroup;
		this.seniorResponsibleOwners = seniorResponsibleOwners;
		this.scrutinyChampions = scrutinyChampions;
	}

	/**
	 * Gives the programme a new number; whether another programme of the plan has it is
	 * the caller's question (the numbers are unique per plan).
	 * @throws IllegalArgumentException unless the number is positive
	 */
	public void renumber(int number) {
		if (number < 1) {
			throw new IllegalArgumentException("A programme's number must be 1 or more, was " + number);
		}
		this.number = number;
	}

	/** Stops asking for the programme's returns; its history stays. */
	public void retire() {
		this.retired = true;
	}

	/** Asks for the programme's returns again. */
	public void reinstate() {
		this.retired = false;
	}

	public boolean isRetired() {
		return this.retired;
	}

	/**
	 * Whether a quarter lists the programme among its returns: always while it is in use;
	 * once retired, only where it already has a report for the quarter, so that history
	 * stays whole but no new return is asked for.
	 * @param hasReport whether the programme has a report for the quarter
	 */
	public boolean isAskedForReturns(boolean hasReport) {
		return !this.retired || hasReport;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public DeliveryGroup getDeliveryGroup() {
		return this.deliveryGroup;
	}

	public String getSeniorResponsibleOwners() {
		return this.seniorResponsibleOwners;
	}

	public void setSeniorResponsibleOwners(String seniorResponsibleOwners) {
		this.seniorResponsibleOwners = seniorResponsibleOwners;
	}

	public String getScrutinyChampions() {
		return this.scrutinyChampions;
	}

	public void setScrutinyChampions(String scrutinyChampions) {
		this.scrutinyChampions = scrutinyChampions;
	}

}
