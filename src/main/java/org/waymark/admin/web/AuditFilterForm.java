package org.waymark.admin.web;

import org.springframework.validation.Errors;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditSearch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The audit log's filters, as the GET form sends them: every field is text, so whatever
 * is typed comes back to the form as it was, and {@link #toSearch} says what is wrong.
 */
public class AuditFilterForm {

	private String category;

	private String who;

	private String text;

	private String fromDay;

	private String fromMonth;

	private String fromYear;

	private String toDay;

	private String toMonth;

	private String toYear;

	/**
	 * The search the filters ask for, or null with errors against the fields when a date
	 * is not a real date or the dates are the wrong way round. An unknown category (only
	 * a hand-made address sends one) is ignored.
	 */
	AuditSearch toSearch(Errors errors) {
		LocalDate from = date(errors, "from", this.fromDay, this.fromMonth, this.fromYear);
		LocalDate to = date(errors, "to", this.toDay, this.toMonth, this.toYear);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("toDay", "audit.filter.to.beforeFrom");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new AuditSearch(category(), this.who, this.text, from, to);
	}

	/** The chosen category, or null for all (and for a name that is none). */
	AuditCategory category() {
		return Arrays.stream(AuditCategory.values())
			.filter((c) -> c.name().equals(this.category))
			.findFirst()
			.orElse(null);
	}

	private static LocalDate date(Errors errors, String stem, String day, String month, String year) {
		if (isBlank(day) && isBlank(month) && isBlank(year)) {
			return null;
		}
		String code = "audit.filter." + stem + ".invalid";
		if (isBlank(day) || isBlank(month) || isBlank(year)) {
			errors.rejectValue(stem + (isBlank(day) ? "Day" : isBlank(month) ? "Month" : "Year"), code);
			return null;
		}
		Integer d = number(day);
		Integer m = number(month);
		Integer y = number(year);
		if (d == null || m == null || y == null || y < 1000 || y > 9999) {
			errors.rejectValue(stem + ((d == null) ? "Day" : (m == null) ? "Month" : "Year"), code);
			return null;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			errors.rejectValue(stem + "Day", code);
			return null;
		}
	}

	private static Integer number(String typed) {
		String digits = typed.strip();
		if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getWho() {
		return this.who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getFromDay() {
		return this.fromDay;
	}

	public void setFromDay(String fromDay) {
		this.fromDay = fromDay;
	}

	public String getFromMonth() {
		return this.fromMonth;
	}

	public void setFromMonth(String fromMonth) {
		this.fromMonth = fromMonth;
	}

	public String getFromYear() {
		return this.fromYear;
	}

	public void setFromYear(String fromYear) {
		this.fromYear = fromYear;
	}

	public String getToDay() {
		return this.toDay;
	}

	public void setToDay(String toDay) {
		this.toDay = toDay;
	}

	public String getToMonth() {
		return this.toMonth;
	}

	public void setToMonth(String toMonth) {
		this.toMonth = toMonth;
	}

	public String getToYear() {
		return this.toYear;
	}

	public void setToYear(String toYear) {
		this.toYear = toYear;
	}

}
