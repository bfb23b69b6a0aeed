package org.waymark.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

/**
 * A multi-year improvement plan, e.g. the Children &amp; Young People's Plan 2016–2019.
 * Several plans coexist; the financial years it spans give each quarter its "Year n"
 * label.
 */
@Entity
@Table(name = "plan")
public class Plan extends BaseEntity {

	@Column(nullable = false)
	private String title;

	@Column(name = "short_name", nullable = false, length = 40, unique = true)
	private String shortName;

	/** Start year of the first financial year (2016 for 2016/17). */
	@Column(name = "first_year", nullable = false)
	private int firstYear;

	/** Start year of the last financial year (2018 for 2018/19). */
	@Column(name = "last_year", nullable = false)
	private int lastYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(columnDefinition = "text")
	private String vision;

	protected Plan() {
	}

	public Plan(String title, String shortName, FinancialYear first, FinancialYear last) {
		this.title = title;
		this.shortName = shortName;
		new PlanSpan(first, last); // validates the order before anything is stored
		this.firstYear = first.startYear();
		this.lastYear = last.startYear();
	}

	public PlanSpan span() {
		return new PlanSpan(new FinancialYear(this.firstYear), new FinancialYear(this.lastYear));
	}

	public String getTitle() {
		return this.title;
	}

	public String getShortName() {
		return this.shortName;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

	public String getVision() {
		return this.vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

}
