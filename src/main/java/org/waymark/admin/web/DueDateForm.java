package org.waymark.admin.web;

import org.springframework.validation.Errors;
import org.waymark.shared.DateFields;

import java.time.LocalDate;

/**
 * The date a quarter's returns are due, typed as day, month and year; it must be a real
 * date.
 */
public class DueDateForm {

	private static final DateFields DUE = new DateFields("due", "dueDateForm.date");

	private String dueDay;

	private String dueMonth;

	private String dueYear;

	static DueDateForm of(LocalDate date) {
		DueDateForm form = new DueDateForm();
		if (date != null) {
			form.dueDay = String.valueOf(date.getDayOfMonth());
			form.dueMonth = String.valueOf(date.getMonthValue());
			form.dueYear = String.valueOf(date.getYear());
		}
		return form;
	}

	void validate(Errors errors) {
		if (DateFields.isBlank(this.dueDay, this.dueMonth, this.dueYear)) {
			errors.rejectValue("dueDay", "dueDateForm.date.required");
		}
		else {
			DUE.read(errors, this.dueDay, this.dueMonth, this.dueYear);
		}
	}

	/** Call only after {@link #validate} found nothing wrong. */
	LocalDate date() {
		return DateFields.valueOf(this.dueDay, this.dueMonth, this.dueYear);
	}

	public String getDueDay() {
		return this.dueDay;
	}

	public void setDueDay(String dueDay) {
		this.dueDay = dueDay;
	}

	public String getDueMonth() {
		return this.dueMonth;
	}

	public void setDueMonth(String dueMonth) {
		this.dueMonth = dueMonth;
	}

	public String getDueYear() {
		return this.dueYear;
	}

	public void setDueYear(String dueYear) {
		this.dueYear = dueYear;
	}

}
