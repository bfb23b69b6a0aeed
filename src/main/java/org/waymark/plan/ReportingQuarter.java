package org.waymark.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One quarter of one financial year, the unit in which highlight reports, action updates
 * and executive summaries are returned. Written {@code 2017/18 Q3}.
 *
 * @param year the financial year
 * @param quarter the quarter of that year
 */
public record ReportingQuarter(FinancialYear year, Quarter quarter) implements Comparable<ReportingQuarter> {

	private static final Comparator<ReportingQuarter> ORDER = Comparator.comparing(ReportingQuarter::year)
		.thenComparing(ReportingQuarter::quarter);

	/** Days after a quarter ends that its returns are due by default. */
	public static final int DAYS_TO_RETURN = 12;

	// The documents are written in British English whatever the server's default locale.
	private static final Locale MONTH_NAMES = Locale.UK;

	public ReportingQuarter {
		Objects.requireNonNull(year, "year");
		Objects.requireNonNull(quarter, "quarter");
	}

	public static ReportingQuarter of(LocalDate date) {
		Objects.requireNonNull(date, "date");
		return new ReportingQuarter(FinancialYear.of(date), Quarter.containing(date.getMonth()));
	}

	/**
	 * Reads a reporting quarter written as {@code 2017/18 Q3} (the {@code Q} may be lower
	 * case).
	 * @param text the reporting quarter as written
	 * @return the reporting quarter
	 * @throws IllegalArgumentException if the text is not a reporting quarter
	 */
	public static ReportingQuarter parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("Reporting quarter must be written like 2017/18 Q3, was null");
		}
		String[] parts = text.strip().split("\\s+");
		if (parts.length != 2 || !parts[1].matches("[Qq][1-4]")) {
			throw new IllegalArgumentException("Reporting quarter must be written like 2017/18 Q3, was '" + text + "'");
		}
		FinancialYear year;
		try {
			year = FinancialYear.parse(parts[0]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"Reporting quarter must be written like 2017/18 Q3, was '" + text + "': " + ex.getMessage(), ex);
		}
		return new ReportingQuarter(year, Quarter.ofNumber(parts[1].charAt(1) - '0'));
	}

	public String label() {
		return this.year.label() + " " + this.quarter.name();
	}

	public LocalDate firstDay() {
		return LocalDate.of(calendarYear(), this.quarter.firstMonth(), 1);
	}

	public LocalDate lastDay() {
		return YearMonth.of(calendarYear(), this.quarter.lastMonth()).atEndOfMonth();
	}

	/**
	 * The months the quarter covers, as the highlight reports head them:
	 * {@code October–December 2017}.
	 * @return the months and calendar year, joined by an en dash
	 */
	public String monthsLabel() {
		return this.quarter.firstMonth().getDisplayName(TextStyle.FULL, MONTH_NAMES) + "\u2013"
				+ this.quarter.lastMonth().getDisplayName(TextStyle.FULL, MONTH_NAMES) + " " + calendarYear();
	}

	/**
	 * When returns for the quarter are due unless the business manager says otherwise:
	 * {@value #DAYS_TO_RETURN} days after it ends (12 January for October to December).
	 * The papers give no deadline, but the 2017/18 Q3 reports are dated 4 to 12 January
	 * 2018, so a deadline of 12 January fits them.
	 */
	public LocalDate defaultDueDate() {
		return lastDay().plusDays(DAYS_TO_RETURN);
	}

	public ReportingQuarter next() {
		return (this.quarter == Quarter.Q4) ? new ReportingQuarter(this.year.next(), Quarter.Q1)
				: new ReportingQuarter(this.year, Quarter.ofNumber(this.quarter.number() + 1));
	}

	public ReportingQuarter previous() {
		return (this.quarter == Quarter.Q1) ? new ReportingQuarter(this.year.previous(), Quarter.Q4)
				: new ReportingQuarter(this.year, Quarter.ofNumber(this.quarter.number() - 1));
	}

	@Override
	public int compareTo(ReportingQuarter other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return label();
	}

	private int calendarYear() {
		// Only Q4 (January to March) spills into the calendar year after the start year.
		return (this.quarter == Quarter.Q4) ? this.year.startYear() + 1 : this.year.startYear();
	}

}
