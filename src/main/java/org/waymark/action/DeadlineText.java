package org.waymark.action;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action's deadline as people write it on an action plan, read for the dates in it.
 * The plans mix three forms, and all three are kept as written:
 * <ul>
 * <li>a date: "31st March 2019", "31/03/2019", "2019-03-31";</li>
 * <li>dated parts: "a) 31st May 2018 b) 1st June 2018", "1) 10 March 2018 2) 30 September
 * 2018", where a part may be a phrase with a month in it ("c)presented to LSCB in July
 * 2018", due by the end of that month);</li>
 * <li>a phrase: "Incremental during 2018/19", which has no date and so is never
 * overdue.</li>
 * </ul>
 * The action is due on the latest date found. A day that does not exist ("31st June
 * 2018") is reported as a problem rather than read as a phrase, so a typo cannot quietly
 * turn a deadline into one that can never be missed.
 *
 * @param asWritten the deadline exactly as given, stripped; empty when there is none
 * @param parts the lettered or numbered parts, empty unless there are at least two
 * @param dueDate the latest date found, or {@code null} for a phrase
 * @param problem what could not be read, in words for the person who typed it, or
 * {@code null}
 */
public record DeadlineText(String asWritten, List<Part> parts, LocalDate dueDate, String problem) {

	private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

	/** "a)", "b)30th", "1)" at the start or after a space; never "2016)". */
	private static final Pattern PART_LABEL = Pattern.compile("(?<![\\p{L}\\p{N}])([a-z]|\\d{1,2})\\)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
			// 31st March 2019, 1 June 2018
			+ "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTHS + ")\\.?,?\\s+(?<year>\\d{4})"
			// 31/03/2019 (UK order)
			+ "|(?<sday>\\d{1,2})/(?<smonth>\\d{1,2})/(?<syear>\\d{4})"
			// 2019-03-31
			+ "|(?<iyear>\\d{4})-(?<imonth>\\d{2})-(?<iday>\\d{2})"
			// July 2018, end March 2019: due by the end of the month
			+ "|(?<mmonth>" + MONTHS + ")\\.?\\s+(?<myear>\\d{4})" + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

	public DeadlineText {
		Objects.requireNonNull(asWritten, "asWritten");
		parts = List.copyOf(parts);
	}

	/**
	 * One part of a deadline with parts.
	 *
	 * @param label the label as written, e.g. "a)" or "1)"
	 * @param dueDate the date in the part, or {@code null} when it has none
	 * @param text the part's own words, e.g. "30th April 2018"
	 */
	public record Part(String label, LocalDate dueDate, String text) {
	}

	/** Reads a deadline; never throws. Null or blank text is no deadline. */
	public static DeadlineText parse(String text) {
		String asWritten = (text == null) ? "" : text.strip();
		List<String> problems = new ArrayList<>();
		List<Part> parts = partsOf(asWritten, problems);
		LocalDate due = null;
		if (parts.isEmpty()) {
			due = latestDate(asWritten, problems);
		}
		else {
			for (Part part : parts) {
				if (part.dueDate() != null && (due == null || part.dueDate().isAfter(due))) {
					due = part.dueDate();
				}
			}
		}
		return new DeadlineText(asWritten, parts, due, problems.isEmpty() ? null : String.join("; ", problems));
	}

	public boolean isEmpty() {
		return this.asWritten.isEmpty();
	}

	public boolean hasProblem() {
		return this.problem != null;
	}

	private static List<Part> partsOf(String asWritten, List<String> problems) {
		Matcher label = PART_LABEL.matcher(asWritten);
		List<int[]> labels = new ArrayList<>();
		while (label.find()) {
			labels.add(new int[] { label.start(), label.end() });
		}
		if (labels.size() < 2) {
			return List.of();
		}
		List<Part> parts = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			int[] here = labels.get(i);
			int end = (i + 1 < labels.size()) ? labels.get(i + 1)[0] : asWritten.length();
			String partText = asWritten.substring(here[1], end).strip();
			parts.add(new Part(asWritten.substring(here[0], here[1]), latestDate(partText, problems), partText));
		}
		return parts;
	}

	private static LocalDate latestDate(String text, List<String> problems) {
		LocalDate latest = null;
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			LocalDate found = dateOf(date, problems);
			if (found != null && (latest == null || found.isAfter(latest))) {
				latest = found;
			}
		}
		return latest;
	}

	private static LocalDate dateOf(Matcher date, List<String> problems) {
		try {
			if (date.group("day") != null) {
				return LocalDate.of(year(date.group("year")), month(date.group("month")),
						Integer.parseInt(date.group("day")));
			}
			if (date.group("sday") != null) {
				return LocalDate.of(year(date.group("syear")), Integer.parseInt(date.group("smonth")),
						Integer.parseInt(date.group("sday")));
			}
			if (date.group("iday") != null) {
				return LocalDate.of(year(date.group("iyear")), Integer.parseInt(date.group("imonth")),
						Integer.parseInt(date.group("iday")));
			}
			return YearMonth.of(year(date.group("myear")), month(date.group("mmonth"))).atEndOfMonth();
		}
		catch (DateTimeException ex) {
			problems.add("\"" + date.group().strip() + "\" is not a real date");
			return null;
		}
	}

	private static int year(String digits) {
		int year = Integer.parseInt(digits);
		if (year < 1900 || year > 2999) {
			throw new DateTimeException("Year out of range: " + year);
		}
		return year;
	}

	private static Month month(String name) {
		String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
		for (Month month : Month.values()) {
			if (month.name().startsWith(prefix)) {
				return month;
			}
		}
		throw new DateTimeException("Not a month: " + name);
	}

}
