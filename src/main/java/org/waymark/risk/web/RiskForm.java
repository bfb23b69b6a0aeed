package org.waymark.risk.web;

import org.springframework.validation.Errors;
import org.waymark.risk.NewRisk;
import org.waymark.risk.RiskDetails;
import org.waymark.risk.RiskForEditing;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;
import org.waymark.shared.DateFields;

import java.time.LocalDate;

/**
 * A risk as typed into its form, for adding a risk (with the register it goes on and an
 * optional first score) or changing one (with its status; the score changes only by
 * re-scoring). Everything is kept as text so that whatever was typed comes back with the
 * errors; {@link #validateNew} and {@link #validateChange} say what is wrong, field by
 * field.
 */
public class RiskForm {

	/** The choice of register for a plan-wide or corporate risk. */
	static final String CORPORATE = "corporate";

	/** The reference column's width. */
	static final int MAX_REFERENCE = 40;

	static final int MAX_TITLE = 500;

	static final int MAX_OWNER = 500;

	static final int MAX_TEXT = 4_000;

	private static final DateFields REVIEW_DATE = new DateFields("review", "riskForm.reviewDate");

	private String version;

	private String programme;

	private String reference;

	private String title;

	private String description;

	private String impactDescription;

	private String owner;

	private String likelihood;

	private String impact;

	private String targetScore;

	private String reviewDay;

	private String reviewMonth;

	private String reviewYear;

	private String status;

	/** A blank form for a new risk, on the programme's register if one is given. */
	static RiskForm blank(String programme) {
		RiskForm form = new RiskForm();
		form.programme = programme;
		return form;
	}

	/** The form filled in with what is saved. */
	static RiskForm of(RiskForEditing saved) {
		RiskForm form = new RiskForm();
		RiskDetails details = saved.saved();
		form.version = String.valueOf(saved.version());
		form.reference = details.reference();
		form.title = details.title();
		form.description = details.description();
		form.impactDescription = details.impactDescription();
		form.owner = details.owner();
		form.targetScore = (details.targetScore() != null) ? String.valueOf(details.targetScore()) : null;
		LocalDate review = details.reviewDate();
		if (review != null) {
			form.reviewDay = String.valueOf(review.getDayOfMonth());
			form.reviewMonth = String.valueOf(review.getMonthValue());
			form.reviewYear = String.valueOf(review.getYear());
		}
		form.status = saved.status().name();
		return form;
	}

	/** The version the form showed, or -1 when it sent none or something else. */
	long shownVersion() {
		try {
			return (this.version != null) ? Long.parseLong(this.version.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Whether a register was chosen: a programme's or the plan-wide one. */
	boolean hasRegister() {
		return CORPORATE.equals(this.programme) || programmeId() != null;
	}

	/**
	 * The programme chosen, or null for the plan-wide register or for no valid choice.
	 */
	Long programmeId() {
		String chosen = (this.programme != null) ? this.programme.strip() : "";
		return chosen.matches("\\d{1,18}") ? Long.valueOf(chosen) : null;
	}

	/** Rejects what cannot be saved as a new risk, against the field it is in. */
	void validateNew(Errors errors) {
		if (!hasRegister()) {
			errors.rejectValue("programme", "riskForm.programme.required");
		}
		validateDetails(errors);
		Integer l = Rating.of(this.likelihood);
		Integer i = Rating.of(this.impact);
		if (!Rating.isBlank(this.likelihood) && l == null) {
			errors.rejectValue("likelihood", "riskForm.likelihood.invalid");
		}
		if (!Rating.isBlank(this.impact) && i == null) {
			errors.rejectValue("impact", "riskForm.impact.invalid");
		}
		if (Rating.isBlank(this.likelihood) && !Rating.isBlank(this.impact)) {
			errors.rejectValue("likelihood", "riskForm.likelihood.withImpact");
		}
		if (Rating.isBlank(this.impact) && !Rating.isBlank(this.likelihood)) {
			errors.rejectValue("impact", "riskForm.impact.withLikelihood");
		}
	}

	/** Rejects what cannot be saved as a change to a risk, against the field it is in. */
	void validateChange(Errors errors) {
		validateDetails(errors);
		if (statusChosen() == null) {
			errors.rejectValue("status", "riskForm.status.required");
		}
	}

	private void validateDetails(Errors errors) {
		tooLong(errors, "reference", this.reference, MAX_REFERENCE);
		if (isBlank(this.title)) {
			errors.rejectValue("title", "riskForm.title.required");
		}
		tooLong(errors, "title", this.title, MAX_TITLE);
		tooLong(errors, "description", this.description, MAX_TEXT);
		tooLong(errors, "impactDescription", this.impactDescription, MAX_TEXT);
		tooLong(errors, "owner", this.owner, MAX_OWNER);
		if (!isBlank(this.targetScore) && targetScoreNumber() == null) {
			errors.rejectValue("targetScore", "riskForm.targetScore.invalid",
					new Object[] { RiskScore.MIN_VALUE, RiskScore.MAX_VALUE }, null);
		}
		REVIEW_DATE.read(errors, this.reviewDay, this.reviewMonth, this.reviewYear);
	}

	/** The new risk: call only after {@link #validateNew} found nothing wrong. */
	NewRisk newRisk() {
		Integer l = Rating.of(this.likelihood);
		Integer i = Rating.of(this.impact);
		return new NewRisk(programmeId(), details(), (l != null && i != null) ? new RiskScore(l, i) : null);
	}

	/** The details to save: call only after validation found nothing wrong. */
	RiskDetails details() {
		return new RiskDetails(orNull(this.reference), this.title.strip(), orNull(this.description),
				orNull(this.impactDescription), orNull(this.owner), targetScoreNumber(), reviewDate());
	}

	RiskStatus statusChosen() {
		for (RiskStatus candidate : RiskStatus.values()) {
			if (candidate.name().equals(this.status)) {
				return candidate;
			}
		}
		return null;
	}

	private LocalDate reviewDate() {
		return DateFields.valueOf(this.reviewDay, this.reviewMonth, this.reviewYear);
	}

	private Integer targetScoreNumber() {
		String typed = (this.targetScore != null) ? this.targetScore.strip() : "";
		if (!typed.matches("\\d{1,2}")) {
			return null;
		}
		int score = Integer.parseInt(typed);
		return (score >= RiskScore.MIN_VALUE && score <= RiskScore.MAX_VALUE) ? score : null;
	}

	private static void tooLong(Errors errors, String field, String typed, int limit) {
		if (typed != null && typed.strip().length() > limit && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "riskForm.tooLong", new Object[] { limit }, null);
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String orNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getProgramme() {
		return this.programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getImpactDescription() {
		return this.impactDescription;
	}

	public void setImpactDescription(String impactDescription) {
		this.impactDescription = impactDescription;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
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

	public String getTargetScore() {
		return this.targetScore;
	}

	public void setTargetScore(String targetScore) {
		this.targetScore = targetScore;
	}

	public String getReviewDay() {
		return this.reviewDay;
	}

	public void setReviewDay(String reviewDay) {
		this.reviewDay = reviewDay;
	}

	public String getReviewMonth() {
		return this.reviewMonth;
	}

	public void setReviewMonth(String reviewMonth) {
		this.reviewMonth = reviewMonth;
	}

	public String getReviewYear() {
		return this.reviewYear;
	}

	public void setReviewYear(String reviewYear) {
		this.reviewYear = reviewYear;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

}
