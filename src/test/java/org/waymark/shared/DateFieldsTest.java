package org.waymark.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateFieldsTest {

	private static final DateFields REVIEW = new DateFields("review", "riskForm.reviewDate");

	@ParameterizedTest
	@CsvSource({ "1,1,2026,2026-01-01", "31,12,2026,2026-12-31", "29,2,2024,2024-02-29",
			"' 07 ','03 ',2019,2019-03-07" })
	void realDatesAreRead(String day, String month, String year, LocalDate expected) {
		Errors errors = errors();
		assertThat(REVIEW.read(errors, day, month, year)).isEqualTo(expected);
		assertThat(errors.hasErrors()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(value = { "NULL,NULL,NULL", "'','',''", "' ',' ',' '" }, nullValues = "NULL")
	void nothingTypedIsNoDateAndNoError(String day, String month, String year) {
		Errors errors = errors();
		assertThat(REVIEW.read(errors, day, month, year)).isNull();
		assertThat(errors.hasErrors()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "'',3,2026,reviewDay,riskForm.reviewDate.missingDay",
			"31,'',2026,reviewMonth,riskForm.reviewDate.missingMonth",
			"31,3,'',reviewYear,riskForm.reviewDate.missingYear", "0,3,2026,reviewDay,riskForm.reviewDate.invalid",
			"32,3,2026,reviewDay,riskForm.reviewDate.invalid", "x,3,2026,reviewDay,riskForm.reviewDate.invalid",
			"1,0,2026,reviewMonth,riskForm.reviewDate.invalid", "1,13,2026,reviewMonth,riskForm.reviewDate.invalid",
			"1,March,2026,reviewMonth,riskForm.reviewDate.invalid", "1,3,26,reviewYear,riskForm.reviewDate.year",
			"1,3,20266,reviewYear,riskForm.reviewDate.year", "30,2,2026,reviewDay,riskForm.reviewDate.invalid",
			"29,2,2025,reviewDay,riskForm.reviewDate.invalid", "31,4,2026,reviewDay,riskForm.reviewDate.invalid" })
	void aWrongPartIsNamedOnItsField(String day, String month, String year, String field, String code) {
		Errors errors = errors();
		assertThat(REVIEW.read(errors, day, month, year)).isNull();
		assertThat(errors.getErrorCount()).isEqualTo(1);
		assertThat(errors.getFieldError().getField()).isEqualTo(field);
		assertThat(errors.getFieldError().getCode()).isEqualTo(code);
		assertThat(DateFields.valueOf(day, month, year)).isNull();
	}

	private static Errors errors() {
		return new BeanPropertyBindingResult(new ReviewDateForm(), "riskForm");
	}

	/** A form with a review date typed in three parts, as the risk form has. */
	public static class ReviewDateForm {

		private String reviewDay;

		private String reviewMonth;

		private String reviewYear;

		public String getReviewDay() {
			return this.reviewDay;
		}

		public String getReviewMonth() {
			return this.reviewMonth;
		}

		public String getReviewYear() {
			return this.reviewYear;
		}

	}

}
