package org.waymark.admin.web;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditSearch;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterFormTest {

	@Test
	void noFiltersSearchTheWholeLog() {
		BindingResult errors = errors(new AuditFilterForm());

		assertThat(new AuditFilterForm().toSearch(errors)).isEqualTo(AuditSearch.everything());
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void filtersBecomeTheSearch() {
		AuditFilterForm form = new AuditFilterForm();
		form.setCategory("REPORT");
		form.setWho("  lead ");
		form.setText("Programme 3");
		form.setFromDay("1");
		form.setFromMonth("7");
		form.setFromYear("2020");
		form.setToDay(" 31 ");
		form.setToMonth("12");
		form.setToYear("2020");

		AuditSearch search = form.toSearch(errors(form));

		assertThat(search).isEqualTo(new AuditSearch(AuditCategory.REPORT, "lead", "Programme 3",
				LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31)));
	}

	@Test
	void anUnknownCategoryIsIgnored() {
		AuditFilterForm form = new AuditFilterForm();
		form.setCategory("<script>");

		assertThat(form.toSearch(errors(form)).category()).isNull();
	}

	@Test
	void aDateThatIsNotRealIsAnErrorOnThePartThatIsWrong() {
		assertThat(errorOn("31", "2", "2020")).isEqualTo("fromDay");
		assertThat(errorOn("1", "13", "2020")).isEqualTo("fromDay");
		assertThat(errorOn("1", "", "2020")).isEqualTo("fromMonth");
		assertThat(errorOn("1", "2", "twenty")).isEqualTo("fromYear");
		assertThat(errorOn("1", "2", "20")).isEqualTo("fromYear");
		assertThat(errorOn("-1", "2", "2020")).isEqualTo("fromDay");
	}

	@Test
	void aToDateBeforeTheFromDateIsAnError() {
		AuditFilterForm form = new AuditFilterForm();
		form.setFromDay("2");
		form.setFromMonth("1");
		form.setFromYear("2020");
		form.setToDay("1");
		form.setToMonth("1");
		form.setToYear("2020");
		BindingResult errors = errors(form);

		assertThat(form.toSearch(errors)).isNull();
		assertThat(errors.getFieldError().getField()).isEqualTo("toDay");
		assertThat(errors.getFieldError().getCode()).isEqualTo("audit.filter.to.beforeFrom");
	}

	@Test
	void theSameDayForBothIsOneDay() {
		AuditFilterForm form = new AuditFilterForm();
		form.setFromDay("1");
		form.setFromMonth("1");
		form.setFromYear("2020");
		form.setToDay("1");
		form.setToMonth("1");
		form.setToYear("2020");

		assertThat(form.toSearch(errors(form))).isNotNull();
	}

	private static String errorOn(String day, String month, String year) {
		AuditFilterForm form = new AuditFilterForm();
		form.setFromDay(day);
		form.setFromMonth(month);
		form.setFromYear(year);
		BindingResult errors = errors(form);
		assertThat(form.toSearch(errors)).isNull();
		FieldError error = errors.getFieldError();
		assertThat(error.getCode()).isEqualTo("audit.filter.from.invalid");
		return error.getField();
	}

	private static BindingResult errors(AuditFilterForm form) {
		return new BeanPropertyBindingResult(form, "filter");
	}

}
