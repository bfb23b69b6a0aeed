package org.waymark.risk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.waymark.risk.NewRisk;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RiskFormTest {

	@Test
	void aNewRiskWithARegisterAndTitleIsValidAndUnscored() {
		RiskForm form = valid();
		Errors errors = validateNew(form);
		assertThat(errors.hasErrors()).isFalse();
		NewRisk risk = form.newRisk();
		assertThat(risk.programmeId()).isEqualTo(12L);
		assertThat(risk.initialScore()).isNull();
		assertThat(risk.details().title()).isEqualTo("Safeguarding children");
		assertThat(risk.details().reference()).isNull();
		assertThat(risk.details().reviewDate()).isNull();
		assertThat(risk.details().targetScore()).isNull();
	}

	@Test
	void theCorporateRegisterIsNoProgramme() {
		RiskForm form = valid();
		form.setProgramme("corporate");
		assertThat(validateNew(form).hasErrors()).isFalse();
		assertThat(form.newRisk().programmeId()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "abc", "-1", "1.5", "<script>" })
	void aNewRiskNeedsARegister(String programme) {
		RiskForm form = valid();
		form.setProgramme(programme);
		assertThat(fieldCode(validateNew(form), "programme")).isEqualTo("riskForm.programme.required");
	}

	@Test
	void aRiskNeedsATitle() {
		RiskForm form = valid();
		form.setTitle("  ");
		assertThat(fieldCode(validateNew(form), "title")).isEqualTo("riskForm.title.required");
	}

	@Test
	void theReferenceMayBeFortyCharactersButNoMore() {
		RiskForm form = valid();
		form.setReference("R".repeat(40));
		assertThat(validateNew(form).hasErrors()).isFalse();
		form.setReference("R".repeat(41));
		assertThat(fieldCode(validateNew(form), "reference")).isEqualTo("riskForm.tooLong");
	}

	@Test
	void overLongTextIsRefusedFieldByField() {
		RiskForm form = valid();
		form.setTitle("t".repeat(RiskForm.MAX_TITLE + 1));
		form.setDescription("d".repeat(RiskForm.MAX_TEXT + 1));
		form.setImpactDescription("i".repeat(RiskForm.MAX_TEXT + 1));
		form.setOwner("o".repeat(RiskForm.MAX_OWNER + 1));
		Errors errors = validateNew(form);
		for (String field : new String[] { "title", "description", "impactDescription", "owner" }) {
			assertThat(fieldCode(errors, field)).as(field).isEqualTo("riskForm.tooLong");
		}
	}

	@Test
	void bothRatingsGiveTheInitialScore() {
		RiskForm form = valid();
		form.setLikelihood("4");
		form.setImpact("5");
		assertThat(validateNew(form).hasErrors()).isFalse();
		assertThat(form.newRisk().initialScore()).isEqualTo(new RiskScore(4, 5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "5" })
	void ratingsFromOneToFiveAreAccepted(String rating) {
		RiskForm form = valid();
		form.setLikelihood(rating);
		form.setImpact(rating);
		assertThat(validateNew(form).hasErrors()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "x", "10", "-1" })
	void ratingsOutsideOneToFiveAreRefused(String rating) {
		RiskForm form = valid();
		form.setLikelihood(rating);
		form.setImpact("3");
		assertThat(fieldCode(validateNew(form), "likelihood")).isEqualTo("riskForm.likelihood.invalid");
		form.setLikelihood("3");
		form.setImpact(rating);
		assertThat(fieldCode(validateNew(form), "impact")).isEqualTo("riskForm.impact.invalid");
	}

	@Test
	void oneRatingWithoutTheOtherIsRefused() {
		RiskForm form = valid();
		form.setLikelihood("3");
		assertThat(fieldCode(validateNew(form), "impact")).isEqualTo("riskForm.impact.withLikelihood");
		form.setLikelihood(null);
		form.setImpact("3");
		assertThat(fieldCode(validateNew(form), "likelihood")).isEqualTo("riskForm.likelihood.withImpact");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "25", " 12 " })
	void targetScoresFromOneToTwentyFiveAreAccepted(String target) {
		RiskForm form = valid();
		form.setTargetScore(target);
		assertThat(validateNew(form).hasErrors()).isFalse();
		assertThat(form.details().targetScore()).isEqualTo(Integer.valueOf(target.strip()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "26", "abc", "1.5", "-3", "100" })
	void targetScoresOutsideOneToTwentyFiveAreRefused(String target) {
		RiskForm form = valid();
		form.setTargetScore(target);
		assertThat(fieldCode(validateNew(form), "targetScore")).isEqualTo("riskForm.targetScore.invalid");
	}

	@Test
	void aReviewDateIsReadFromItsThreeParts() {
		RiskForm form = valid();
		form.setReviewDay("31");
		form.setReviewMonth("3");
		form.setReviewYear("2026");
		assertThat(validateNew(form).hasErrors()).isFalse();
		assertThat(form.details().reviewDate()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void anImpossibleReviewDateIsRefused() {
		RiskForm form = valid();
		form.setReviewDay("30");
		form.setReviewMonth("2");
		form.setReviewYear("2026");
		assertThat(fieldCode(validateNew(form), "reviewDay")).isEqualTo("riskForm.reviewDate.invalid");
	}

	@Test
	void aChangeNeedsAStatusAndIgnoresTheRegisterAndScore() {
		RiskForm form = valid();
		form.setProgramme(null);
		form.setLikelihood("9");
		assertThat(fieldCode(validateChange(form), "status")).isEqualTo("riskForm.status.required");
		form.setStatus("CLOSED");
		assertThat(validateChange(form).hasErrors()).isFalse();
		assertThat(form.statusChosen()).isEqualTo(RiskStatus.CLOSED);
		form.setStatus("closed");
		assertThat(fieldCode(validateChange(form), "status")).isEqualTo("riskForm.status.required");
	}

	@Test
	void theVersionShownIsReadOrMinusOne() {
		RiskForm form = valid();
		form.setVersion(" 7 ");
		assertThat(form.shownVersion()).isEqualTo(7);
		form.setVersion("<script>");
		assertThat(form.shownVersion()).isEqualTo(-1);
		form.setVersion(null);
		assertThat(form.shownVersion()).isEqualTo(-1);
	}

	private static RiskForm valid() {
		RiskForm form = RiskForm.blank("12");
		form.setTitle(" Safeguarding children ");
		return form;
	}

	private static Errors validateNew(RiskForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "riskForm");
		form.validateNew(errors);
		return errors;
	}

	private static Errors validateChange(RiskForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "riskForm");
		form.validateChange(errors);
		return errors;
	}

	static String fieldCode(Errors errors, String field) {
		assertThat(errors.getFieldErrors(field)).as("errors on " + field).hasSize(1);
		return errors.getFieldError(field).getCode();
	}

}
