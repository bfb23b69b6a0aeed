package org.waymark.measure;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as a lead typed it into the measures table, read as a figure or as words. The
 * text is always kept exactly as typed (only surrounding spaces are trimmed), because it
 * is what readers of the report see; the figure is what the direction of travel is worked
 * out from.
 * <p>
 * The rule:
 * <ul>
 * <li>A <b>figure</b> is a number written in full — an optional sign, digits with or
 * without commas between thousands ({@code 42,760} or {@code 42760}), an optional decimal
 * part — optionally followed by the measure's own unit as Waymark writes it: {@code %}
 * for a percentage, {@code per 1,000} (or {@code per 1000}) for a rate per 1,000, and so
 * on. {@code "54.3%"} is the figure 54.3 with the text {@code "54.3%"}.</li>
 * <li>An entry with any other letters in it is the value <b>in words</b>: "Awaiting
 * updated data", "1154 providers, 118 services", "3.9 per 10,000" for a measure counted
 * per 1,000. It is kept as written with no figure, so no direction of travel is worked
 * out from it. Everything typed for a narrative measure is words.</li>
 * <li>An entry with no letters that is not a figure — {@code 54..3}, {@code 1,2345},
 * {@code 12 345}, {@code 12/15}, or {@code 50%} for a count — is <b>refused</b>: it looks
 * like a figure Waymark cannot read, and guessing would put a wrong number behind the
 * direction of travel. So is a figure with more than {@value #MAX_DECIMAL_PLACES} decimal
 * places or more than {@value #MAX_WHOLE_DIGITS} digits before the point, which the
 * database cannot hold exactly.</li>
 * </ul>
 *
 * @param number the figure, or null for words or nothing
 * @param text the entry as typed, trimmed; null when nothing was typed
 * @param problem why the entry cannot be saved, or null when it can
 */
public record MeasureEntry(BigDecimal number, String text, Problem problem) {

	/** Decimal places a figure may have: what a measure value's column holds. */
	public static final int MAX_DECIMAL_PLACES = 4;

	/** Digits before the decimal point a figure may have. */
	public static final int MAX_WHOLE_DIGITS = 15;

	private static final Pattern NUMBER = Pattern
		.compile("(?<sign>[-+\u2212]?)\\s*(?<whole>\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(?<fraction>\\d+))?");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Map<MeasureUnit, Pattern> FIGURES = new EnumMap<>(MeasureUnit.class);

	static {
		for (MeasureUnit unit : MeasureUnit.values()) {
			FIGURES.put(unit, figurePattern(unit));
		}
	}

	/** Why an entry cannot be saved. */
	public enum Problem {

		/** It has no letters but is not a number Waymark can read. */
		NOT_A_NUMBER,

		/** More decimal places than {@link #MAX_DECIMAL_PLACES}. */
		TOO_MANY_DECIMAL_PLACES,

		/** More digits before the point than {@link #MAX_WHOLE_DIGITS}. */
		TOO_LARGE

	}

	/**
	 * Reads what was typed for a measure in the given unit.
	 * @param typed the entry, or null
	 * @param unit the measure's unit
	 */
	public static MeasureEntry read(String typed, MeasureUnit unit) {
		Objects.requireNonNull(unit, "unit");
		String text = (typed == null) ? "" : typed.strip();
		if (text.isEmpty()) {
			return new MeasureEntry(null, null, null);
		}
		if (unit != MeasureUnit.NARRATIVE) {
			Matcher figure = FIGURES.get(unit).matcher(text);
			if (figure.matches() && (figure.group("whole") != null || figure.group("fraction") != null)) {
				return figure(figure, text);
			}
		}
		if (LETTER.matcher(text).find() || unit == MeasureUnit.NARRATIVE) {
			return new MeasureEntry(null, text, null);
		}
		return new MeasureEntry(null, text, Problem.NOT_A_NUMBER);
	}

	/** Whether nothing was typed. */
	public boolean isEmpty() {
		return this.text == null;
	}

	/** Whether the entry is a figure (and so can have a direction of travel). */
	public boolean isFigure() {
		return this.number != null;
	}

	private static MeasureEntry figure(Matcher figure, String text) {
		String whole = (figure.group("whole") != null) ? figure.group("whole").replace(",", "") : "0";
		String fraction = (figure.group("fraction") != null) ? figure.group("fraction") : "";
		String digits = whole.replaceFirst("^0+(?=\\d)", "");
		if (digits.length() > MAX_WHOLE_DIGITS) {
			return new MeasureEntry(null, text, Problem.TOO_LARGE);
		}
		if (fraction.length() > MAX_DECIMAL_PLACES) {
			return new MeasureEntry(null, text, Problem.TOO_MANY_DECIMAL_PLACES);
		}
		BigDecimal number = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
		if (!figure.group("sign").isEmpty() && !figure.group("sign").equals("+")) {
			number = number.negate();
		}
		return new MeasureEntry(number, text, null);
	}

	/** A number, then the unit's own suffix if it has one. */
	private static Pattern figurePattern(MeasureUnit unit) {
		String suffix = switch (unit) {
			case PERCENT -> "\\s*%";
			case RATE_PER_1000 -> "\\s+per\\s+1,?000";
			case RATE_PER_10000 -> "\\s+per\\s+10,?000";
			case RATE_PER_100000 -> "\\s+per\\s+100,?000";
			case COUNT, SCORE, NARRATIVE -> "";
		};
		return Pattern.compile(NUMBER.pattern() + "(?:" + suffix + ")?",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "MeasureEntry[%s, %s, %s]", this.number, this.text, this.problem);
	}

}
