package org.waymark.report.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/** The section form binding the risks ticked, and refusing what cannot be meant. */
class SectionFormTest {

	@Test
	void bindsTheRisksTickedInTheOrderPosted() {
		BindingResult result = bind(new MutablePropertyValues().add("risks", new String[] { "12", "11" })
			.add("_risks", "on")
			.add("body", "Text"));

		SectionForm form = (SectionForm) result.getTarget();
		assertThat(result.hasErrors()).isFalse();
		assertThat(form.pickedRisks()).containsExactly(12L, 11L);
	}

	@Test
	void noBoxTickedBindsNoRisks() {
		SectionForm form = new SectionForm();
		form.getRisks().add(11L);
		WebDataBinder binder = new WebDataBinder(form, "sectionForm");
		binder.bind(new MutablePropertyValues().add("_risks", "on"));

		assertThat(form.pickedRisks()).isEmpty();
	}

	@Test
	void aRiskPostedTwiceOrEmptyIsNamedOnce() {
		BindingResult result = bind(new MutablePropertyValues().add("risks", new String[] { "11", "", "11" }));

		assertThat(((SectionForm) result.getTarget()).pickedRisks()).containsExactly(11L);
	}

	@Test
	void aRiskIdThatIsNotANumberIsAFieldError() {
		BindingResult result = bind(new MutablePropertyValues().add("risks", new String[] { "11", "P7-1" }));

		assertThat(result.getFieldError("risks")).isNotNull();
		assertThat(result.getFieldError("risks").getCodes()).contains("typeMismatch.sectionForm.risks");
	}

	@Test
	void aNilReturnNamingRisksIsRefused() {
		BindingResult result = bind(new MutablePropertyValues().add("risks", "11").add("nilReturn", "true"));
		SectionForm form = (SectionForm) result.getTarget();

		form.validate(result);

		assertThat(result.getFieldError("nilReturn").getCode()).isEqualTo("report.risks.nilReturnWithRisks");
	}

	@Test
	void aNilReturnWithTextIsRefusedAsBefore() {
		BindingResult result = bind(new MutablePropertyValues().add("body", "Text").add("nilReturn", "true"));
		SectionForm form = (SectionForm) result.getTarget();

		form.validate(result);

		assertThat(result.getFieldError("nilReturn").getCode()).isEqualTo("report.section.nilReturnWithText");
	}

	@Test
	void risksWithTextAreFine() {
		BindingResult result = bind(new MutablePropertyValues().add("body", "Text").add("risks", "11"));
		SectionForm form = (SectionForm) result.getTarget();

		form.validate(result);

		assertThat(result.hasErrors()).isFalse();
	}

	private static BindingResult bind(MutablePropertyValues values) {
		WebDataBinder binder = new WebDataBinder(new SectionForm(), "sectionForm");
		binder.bind(values);
		return binder.getBindingResult();
	}

}
