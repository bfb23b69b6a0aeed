package org.waymark.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written the GOV.UK way, "12 January 2018", in British English whatever the
 * browser asks for.
 */
public final class DisplayDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

	private DisplayDates() {
	}

	/** The date as "12 January 2018", or null when there is no date. */
	public static String format(LocalDate date) {
		return (date != null) ? DAY_MONTH_YEAR.format(date) : null;
	}

	/**
	 * A moment as the GOV.UK style writes it, "12 January 2018 at 9:05am", in the given
	 * time zone; null when there is none.
	 */
	public static String format(Instant instant, ZoneId zone) {
		if (instant == null) {
			return null;
		}
		ZonedDateTime local = instant.atZone(zone);
		return DAY_MONTH_YEAR.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
	}

}
