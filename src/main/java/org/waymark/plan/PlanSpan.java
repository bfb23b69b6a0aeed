package org.waymark.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The financial years a multi-year plan covers, first and last inclusive: the Children
 * &amp; Young People's Plan 2016–2019 runs from 2016/17 to 2018/19. Reports refer to
 * periods by their position in the plan ("Year 2 Q3"), which is derived from this span
 * rather than stored.
 *
 * @param first the plan's first financial year
 * @param last the plan's last financial year, not before {@code first}
 */
public record PlanSpan(FinancialYear first, FinancialYear last) {

	public PlanSpan {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.compareTo(first) < 0) {
			throw new IllegalArgumentException(
					"A plan's last financial year (" + last + ") must not be before its first (" + first + ")");
		}
	}

	/**
	 * The position of a financial year in the plan, counting the first year as 1.
	 * @param year a financial year the plan covers
	 * @return the year number
	 * @throws IllegalArgumentException if the plan does not cover the year
	 */
	public int yearNumber(FinancialYear year) {
		if (!contains(year)) {
			throw new IllegalArgumentException(
					year + " is outside the plan " + label() + " (" + this.first + " to " + this.last + ")");
		}
		return year.startYear() - this.first.startYear() + 1;
	}

	public boolean contains(FinancialYear year) {
		Objects.requireNonNull(year, "year");
		return year.compareTo(this.first) >= 0 && year.compareTo(this.last) <= 0;
	}

	public List<FinancialYear> years() {
		return IntStream.rangeClosed(this.first.startYear(), this.last.startYear())
			.mapToObj(FinancialYear::new)
			.toList();
	}

	public List<ReportingQuarter> quarters() {
		List<ReportingQuarter> quarters = new ArrayList<>();
		for (FinancialYear year : years()) {
			for (Quarter quarter : Quarter.values()) {
				quarters.add(new ReportingQuarter(year, quarter));
			}
		}
		return List.copyOf(quarters);
	}

	/**
	 * The span as plan titles write it, from the first year's start to the last year's
	 * end: {@code 2016–2019}.
	 * @return the label, joined by an en dash
	 */
	public String label() {
		return this.first.startYear() + "\u2013" + (this.last.startYear() + 1);
	}

	/**
	 * Describes a reporting quarter by its place in the plan, as the highlight reports
	 * head it: {@code Year 2 Q3 (October–December 2017)}.
	 * @param quarter a reporting quarter in one of the plan's years
	 * @return the description
	 * @throws IllegalArgumentException if the plan does not cover the quarter
	 */
	public String describe(ReportingQuarter quarter) {
		Objects.requireNonNull(quarter, "quarter");
		return "Year " + yearNumber(quarter.year()) + " " + quarter.quarter().name() + " (" + quarter.monthsLabel()
				+ ")";
	}

	@Override
	public String toString() {
		return label();
	}

}
