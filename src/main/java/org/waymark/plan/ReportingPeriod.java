package org.waymark.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.waymark.shared.BaseEntity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One quarter of a plan's financial year that highlight reports are returned for, e.g.
 * "Year 2 Q3 (October–December 2017)", with the date returns are due and whether it is
 * open.
 */
@Entity
@Table(name = "reporting_period",
		uniqueConstraints = @UniqueConstraint(columnNames = { "plan_id", "financial_year", "quarter" }))
public class ReportingPeriod extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	/** Start year of the financial year (2017 for 2017/18). */
	@Column(name = "financial_year", nullable = false)
	private int financialYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 2)
	private Quarter quarter;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportingPeriodState state = ReportingPeriodState.UPCOMING;

	protected ReportingPeriod() {
	}

	public ReportingPeriod(Plan plan, ReportingQuarter quarter, LocalDate dueDate) {
		if (!plan.span().contains(quarter.year())) {
			throw new IllegalArgumentException(quarter.label() + " is outside the plan " + plan.span().label());
		}
		this.plan = plan;
		this.financialYear = quarter.year().startYear();
		this.quarter = quarter.quarter();
		this.dueDate = dueDate;
	}

	public ReportingQuarter quarter() {
		return new ReportingQuarter(new FinancialYear(this.financialYear), this.quarter);
	}

	/** "2017/18 Q3". */
	public String label() {
		return quarter().label();
	}

	/** "Year 2 Q3 (October–December 2017)". */
	public String longLabel() {
		return this.plan.span().describe(quarter());
	}

	/**
	 * Opens the quarter for returns (or opens it again after it was closed), due on the
	 * given date.
	 * @throws IllegalStateException if it is already open
	 */
	public void open(LocalDate due) {
		Objects.requireNonNull(due, "due");
		if (this.state == ReportingPeriodState.OPEN) {
			throw new IllegalStateException(label() + " is already open for returns");
		}
		this.dueDate = due;
		this.state = ReportingPeriodState.OPEN;
	}

	/**
	 * Moves the due date of an open quarter.
	 * @throws IllegalStateException unless the quarter is open
	 */
	public void changeDueDate(LocalDate due) {
		Objects.requireNonNull(due, "due");
		if (this.state != ReportingPeriodState.OPEN) {
			throw new IllegalStateException(
					"Only an open quarter's due date can change, " + label() + " is " + this.state);
		}
		this.dueDate = due;
	}

	/**
	 * Closes the quarter for returns.
	 * @throws IllegalStateException unless the quarter is open
	 */
	public void close() {
		if (this.state != ReportingPeriodState.OPEN) {
			throw new IllegalStateException("Only an open quarter can be closed, " + label() + " is " + this.state);
		}
		this.state = ReportingPeriodState.CLOSED;
	}

	public boolean isLate(LocalDate today) {
		return this.dueDate != null && today.isAfter(this.dueDate);
	}

	public Plan getPlan() {
		return this.plan;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public ReportingPeriodState getState() {
		return this.state;
	}

	public void setState(ReportingPeriodState state) {
		this.state = state;
	}

}
