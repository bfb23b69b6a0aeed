package org.waymark.risk.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.waymark.risk.RiskScore;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.risk.web.RiskFormTest.fieldCode;

class AssessmentFormTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void aBlankFormIsDatedToday() {
		AssessmentForm form = AssessmentForm.on(TODAY);
		assertThat(form.getAssessedDay()).isEqualTo("22");
		assertThat(form.getAssessedMonth()).isEqualTo("11");
		assertThat(form.getAssessedYear()).isEqualTo("2026");
	}

	@Test
	void aScoreDatedTodayWithANoteIsValid() {
		AssessmentForm form = scored("3", "5");
		form.setNote(" Agreed at the board ");
		assertThat(validate(form).hasErrors()).isFalse();
		assertThat(form.date()).isEqualTo(TODAY);
		assertThat(form.score()).isEqualTo(new RiskScore(3, 5));
		assertThat(form.noteOrNull()).isEqualTo("Agreed at the board");
	}

	@Test
	void aPastDateIsAcceptedHoweverLongAgo() {
		AssessmentForm form = scored("4", "5");
		form.setAssessedDay("7");
		form.setAssessedMonth("6");
		form.setAssessedYear("2017");
		assertThat(validate(form).hasErrors()).isFalse();
		assertThat(form.date()).isEqualTo(LocalDate.of(2017, 6, 7));
	}

	@Test
	void aDateInTheFutureIsRefused() {
		AssessmentForm form = scored("4", "5");
		form.setAssessedDay("23");
		assertThat(fieldCode(validate(form), "assessedDay")).isEqualTo("assessmentForm.date.future");
	}

	@Test
	void theDateIsRequired() {
		AssessmentForm form = scored("4", "5");
		form.setAssessedDay("");
		form.setAssessedMonth(" ");
		form.setAssessedYear(null);
		assertThat(fieldCode(validate(form), "assessedDay")).isEqualTo("assessmentForm.date.required");
	}

	@Test
	void aDateThatDoesNotExistIsRefused() {
		AssessmentForm form = scored("4", "5");
		form.setAssessedDay("31");
		form.setAssessedMonth("9");
		assertThat(fieldCode(validate(form), "assessedDay")).isEqualTo("assessmentForm.date.invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "5" })
	void ratingsAtTheEdgesAreAccepted(String rating) {
		assertThat(validate(scored(rating, rating)).hasErrors()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "", "four" })
	void ratingsOutsideOneToFiveOrMissingAreRefused(String rating) {
		Errors errors = validate(scored(rating, rating));
		assertThat(fieldCode(errors, "likelihood")).isEqualTo("assessmentForm.likelihood.required");
		assertThat(fieldCode(errors, "impact")).isEqualTo("assessmentForm.impact.required");
	}

	@Test
	void anOverLongNoteIsRefused() {
		AssessmentForm form = scored("2", "2");
		form.setNote("n".repeat(AssessmentForm.MAX_NOTE));
		assertThat(validate(form).hasErrors()).isFalse();
		form.setNote("n".repeat(AssessmentForm.MAX_NOTE + 1));
		assertThat(fieldCode(validate(form), "note")).isEqualTo("riskForm.tooLong");
	}

	private static AssessmentForm scored(String likelihood, String impact) {
		AssessmentForm form = AssessmentForm.on(TODAY);
		form.setLikelihood(likelihood);
		form.setImpact(impact);
		return form;
	}

	private static Errors validate(AssessmentForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "assessmentForm");
		form.validate(errors, TODAY);
		return errors;
	}

}
