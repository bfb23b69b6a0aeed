package org.waymark.risk.web;

import org.springframework.validation.Errors;
import org.waymark.risk.RiskScore;
import org.waymark.shared.DateFields;

import java.time.LocalDate;

/**
 * A re-scoring of a risk as typed into its form: the date of the assessment (today unless
 * changed; never in the future), likelihood and impact, and an optional note.
 */
public class AssessmentForm {

	static final int MAX_NOTE = 4_000;

	private static final DateFields DATE = new DateFields("assessed", "assessmentForm.date");

	private String assessedDay;

	private String assessedMonth;

	private String assessedYear;

	private String likelihood;

	private String impact;

	private String note;

	/** A blank form dated today. */
	static AssessmentForm on(LocalDate today) {
		AssessmentForm form = new AssessmentForm();
		form.assessedDay = String.valueOf(today.getDayOfMonth());
		form.assessedMonth = String.valueOf(today.getMonthValue());
		form.assessedYear = String.valueOf(today.getYear());
		return form;
	}

	/** Rejects what cannot be recorded, against the field it is in. */
	void validate(Errors errors, LocalDate today) {
		if (DateFields.isBlank(this.assessedDay, this.assessedMonth, this.assessedYear)) {
			errors.rejectValue("assessedDay", "assessmentForm.date.required");
		}
		else {
			LocalDate date = DATE.read(errors, this.assessedDay, this.assessedMonth, this.assessedYear);
			if (date != null && date.isAfter(today)) {
				errors.rejectValue("assessedDay", "assessmentForm.date.future");
			}
		}
		if (Rating.of(this.likelihood) == null) {
			errors.rejectValue("likelihood", "assessmentForm.likelihood.required");
		}
		if (Rating.of(this.impact) == null) {
			errors.rejectValue("impact", "assessmentForm.impact.required");
		}
		if (this.note != null && this.note.strip().length() > MAX_NOTE) {
			errors.rejectValue("note", "riskForm.tooLong", new Object[] { MAX_NOTE }, null);
		}
	}

	/** Call only after {@link #validate} found nothing wrong. */
	LocalDate date() {
		return DateFields.valueOf(this.assessedDay, this.assessedMonth, this.assessedYear);
	}

	/** Call only after {@link #validate} found nothing wrong. */
	RiskScore score() {
		return new RiskScore(Rating.of(this.likelihood), Rating.of(this.impact));
	}

	String noteOrNull() {
		return RiskForm.orNull(this.note);
	}

	public String getAssessedDay() {
		return this.assessedDay;
	}

	public void setAssessedDay(String assessedDay) {
		this.assessedDay = assessedDay;
	}

	public String getAssessedMonth() {
		return this.assessedMonth;
	}

	public void setAssessedMonth(String assessedMonth) {
		this.assessedMonth = assessedMonth;
	}

	public String getAssessedYear() {
		return this.assessedYear;
	}

	public void setAssessedYear(String assessedYear) {
		this.assessedYear = assessedYear;
	}

	public String getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(String likelihood) {
		this.likelihood = likelihood;
	}

	public String getImpact() {
		return this.impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
