package org.waymark.admin.web;

import org.springframework.validation.Errors;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanDetails;

/**
 * A plan's details as typed: title, short name, first and last financial year (written
 * like 2020/21), vision, and what the plan calls its programmes.
 */
public class PlanForm {

	static final int MAX_TITLE = 255;

	static final int MAX_SHORT_NAME = 40;

	static final int MAX_TERM = 40;

	static final int MAX_VISION = 10_000;

	private String title;

	private String shortName;

	private String firstYear;

	private String lastYear;

	private String vision;

	private String programmeTerm = "programme";

	private String programmeTermPlural = "programmes";

	static PlanForm of(Plan plan) {
		PlanForm form = new PlanForm();
		form.title = plan.getTitle();
		form.shortName = plan.getShortName();
		form.firstYear = plan.span().first().label();
		form.lastYear = plan.span().last().label();
		form.vision = plan.getVision();
		form.programmeTerm = plan.getProgrammeTerm();
		form.programmeTermPlural = plan.getProgrammeTermPlural();
		return form;
	}

	/** Rejects what cannot be saved, against the field it is in. */
	void validate(Errors errors) {
		required(errors, "title", this.title, MAX_TITLE);
		required(errors, "shortName", this.shortName, MAX_SHORT_NAME);
		FinancialYear first = year(errors, "firstYear", this.firstYear);
		FinancialYear last = year(errors, "lastYear", this.lastYear);
		if (first != null && last != null && last.compareTo(first) < 0) {
			errors.rejectValue("lastYear", "planForm.lastYear.beforeFirst");
		}
		if (this.vision != null && this.vision.strip().length() > MAX_VISION) {
			errors.rejectValue("vision", "planForm.tooLong", new Object[] { MAX_VISION }, null);
		}
		required(errors, "programmeTerm", this.programmeTerm, MAX_TERM);
		required(errors, "programmeTermPlural", this.programmeTermPlural, MAX_TERM);
	}

	/** Call only after {@link #validate} found nothing wrong. */
	PlanDetails details() {
		return new PlanDetails(this.title.strip(), this.shortName.strip(), FinancialYear.parse(this.firstYear),
				FinancialYear.parse(this.lastYear), orNull(this.vision), this.programmeTerm.strip(),
				this.programmeTermPlural.strip());
	}

	private static FinancialYear year(Errors errors, String field, String typed) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "planForm." + field + ".required");
			return null;
		}
		try {
			return FinancialYear.parse(typed);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "planForm.year.format");
			return null;
		}
	}

	static void required(Errors errors, String field, String typed, int max) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "adminForm." + field + ".required");
		}
		else if (typed.strip().length() > max) {
			errors.rejectValue(field, "planForm.tooLong", new Object[] { max }, null);
		}
	}

	static String orNull(String typed) {
		return (typed == null || typed.isBlank()) ? null : typed.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getFirstYear() {
		return this.firstYear;
	}

	public void setFirstYear(String firstYear) {
		this.firstYear = firstYear;
	}

	public String getLastYear() {
		return this.lastYear;
	}

	public void setLastYear(String lastYear) {
		this.lastYear = lastYear;
	}

	public String getVision() {
		return this.vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

	public String getProgrammeTerm() {
		return this.programmeTerm;
	}

	public void setProgrammeTerm(String programmeTerm) {
		this.programmeTerm = programmeTerm;
	}

	public String getProgrammeTermPlural() {
		return this.programmeTermPlural;
	}

	public void setProgrammeTermPlural(String programmeTermPlural) {
		this.programmeTermPlural = programmeTermPlural;
	}

}
