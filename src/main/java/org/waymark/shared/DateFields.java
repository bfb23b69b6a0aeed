package org.waymark.shared;

import org.springframework.validation.Errors;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed as day, month and year into a GOV.UK date input, read as the GOV.UK
 * pattern asks: a part left out or a date that does not exist is named in the error, on
 * the field of the part that is wrong. Used by every form with a date (risks, the
 * reporting calendar).
 *
 * @param field the form's fields' stem: {@code review} reads reviewDay, reviewMonth and
 * reviewYear
 * @param messages the stem of the error messages' keys, e.g. {@code riskForm.reviewDate}
 */
public record DateFields(String field, String messages) {

	/** Nothing typed in any part. */
	public static boolean isBlank(String day, String month, String year) {
		return blank(day) && blank(month) && blank(year);
	}

	/**
	 * The date typed, or null with an error against the part that is wrong; null without
	 * an error when nothing was typed.
	 */
	public LocalDate read(Errors errors, String day, String month, String year) {
		Reading reading = reading(day, month, year);
		if (reading.problem() != null) {
			errors.rejectValue(this.field + reading.part(), this.messages + reading.problem());
		}
		return reading.date();
	}

	/** The date typed, or null when nothing or no real date was typed. */
	public static LocalDate valueOf(String day, String month, String year) {
		return reading(day, month, year).date();
	}

	/**
	 * What was typed, read: a date, or the part that is wrong (Day, Month or Year) and
	 * the problem (the end of its message key); neither when nothing was typed.
	 */
	private record Reading(LocalDate date, String part, String problem) {

		static Reading wrong(String part, String problem) {
			return new Reading(null, part, problem);
		}

	}

	private static Reading reading(String day, String month, String year) {
		if (isBlank(day, month, year)) {
			return new Reading(null, null, null);
		}
		String[] parts = { day, month, year };
		String[] names = { "Day", "Month", "Year" };
		for (int i = 0; i < parts.length; i++) {
			if (blank(parts[i])) {
				return Reading.wrong(names[i], ".missing" + names[i]);
			}
		}
		Integer d = number(day, 2);
		Integer m = number(month, 2);
		Integer y = number(year, 4);
		if (d == null || d < 1 || d > 31) {
			return Reading.wrong("Day", ".invalid");
		}
		if (m == null || m < 1 || m > 12) {
			return Reading.wrong("Month", ".invalid");
		}
		if (y == null || year.strip().length() != 4) {
			return Reading.wrong("Year", ".year");
		}
		try {
			return new Reading(LocalDate.of(y, m, d), null, null);
		}
		catch (DateTimeException ex) {
			return Reading.wrong("Day", ".invalid");
		}
	}

	/** Digits only, no more than the part can have. */
	private static Integer number(String typed, int maxDigits) {
		String digits = typed.strip();
		return digits.matches("\\d{1," + maxDigits + "}") ? Integer.valueOf(digits) : null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
