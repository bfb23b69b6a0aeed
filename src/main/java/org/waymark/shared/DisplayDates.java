package org.waymark.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written the GOV.UK way, "12 January 2018", in British English whatever the
 * browser asks for.
 */
public final class DisplayDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private DisplayDates() {
	}

	/** The date as "12 January 2018", or null when there is no date. */
	public static String format(LocalDate date) {
		return (date != null) ? DAY_MONTH_YEAR.format(date) : null;
	}

}
