package org.waymark.plan;

import java.time.Month;
import java.util.Objects;

/**
 * A quarter of a UK financial year. The year starts on 1 April, so Q1 is April to June
 * and Q4 is January to March, which falls in the calendar year after the one the
 * financial year starts in.
 */
public enum Quarter {

	Q1(Month.APRIL), Q2(Month.JULY), Q3(Month.OCTOBER), Q4(Month.JANUARY);

	private final Month firstMonth;

	Quarter(Month firstMonth) {
		this.firstMonth = firstMonth;
	}

	public int number() {
		return ordinal() + 1;
	}

	public Month firstMonth() {
		return this.firstMonth;
	}

	public Month lastMonth() {
		return this.firstMonth.plus(2);
	}

	public static Quarter ofNumber(int number) {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("Quarter number must be between 1 and 4, was " + number);
		}
		return values()[number - 1];
	}

	public static Quarter containing(Month month) {
		Objects.requireNonNull(month, "month");
		// Shift so that April counts as month 0 of the financial year.
		int monthOfFinancialYear = (month.getValue() + 8) % 12;
		return values()[monthOfFinancialYear / 3];
	}

}
