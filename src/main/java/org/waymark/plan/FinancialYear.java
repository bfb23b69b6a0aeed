package org.waymark.plan;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year, 1 April of {@code startYear} to 31 March of the next calendar
 * year, written the way council papers write it: {@code 2017/18}. Plans, action plans and
 * reporting periods are all anchored to financial years rather than calendar years.
 *
 * @param startYear the calendar year in which the financial year begins
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

	public static final int EARLIEST_START_YEAR = 1900;

	public static final int LATEST_START_YEAR = 2999;

	private static final Pattern LABEL = Pattern.compile("(\\d{4})[/-](\\d{2})");

	public FinancialYear {
		if (startYear < EARLIEST_START_YEAR || startYear > LATEST_START_YEAR) {
			throw new IllegalArgumentException("Financial year must start between " + EARLIEST_START_YEAR + " and "
					+ LATEST_START_YEAR + ", was " + startYear);
		}
	}

	public static FinancialYear of(LocalDate date) {
		Objects.requireNonNull(date, "date");
		int year = date.getYear();
		return new FinancialYear((date.getMonthValue() >= Month.APRIL.getValue()) ? year : year - 1);
	}

	/**
	 * Reads a financial year written as {@code 2017/18} or {@code 2017-18}.
	 * @param text the financial year as written
	 * @return the financial year
	 * @throws IllegalArgumentException if the text is not a financial year, including one
	 * whose second part is not the year after the first, such as {@code 2017/19}
	 */
	public static FinancialYear parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("Financial year must be written like 2017/18, was null");
		}
		Matcher matcher = LABEL.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Financial year must be written like 2017/18, was '" + text + "'");
		}
		int startYear = Integer.parseInt(matcher.group(1));
		int endYearSuffix = Integer.parseInt(matcher.group(2));
		if (endYearSuffix != (startYear + 1) % 100) {
			throw new IllegalArgumentException("Financial year '" + text + "' must end in the year after it starts, "
					+ "like " + label(startYear));
		}
		return new FinancialYear(startYear);
	}

	public String label() {
		return label(this.startYear);
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.startYear, Month.APRIL, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(this.startYear + 1, Month.MARCH, 31);
	}

	public boolean contains(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public FinancialYear next() {
		return new FinancialYear(this.startYear + 1);
	}

	public FinancialYear previous() {
		return new FinancialYear(this.startYear - 1);
	}

	@Override
	public int compareTo(FinancialYear other) {
		return Integer.compare(this.startYear, other.startYear);
	}

	@Override
	public String toString() {
		return label();
	}

	private static String label(int startYear) {
		return String.format(Locale.ROOT, "%d/%02d", startYear, (startYear + 1) % 100);
	}

}
