package org.waymark.risk.web;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.waymark.risk.MitigationDetails;
import org.waymark.risk.MitigationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.risk.web.RiskFormTest.fieldCode;

class MitigationFormTest {

	@Test
	void aDescriptionAndStatusMakeAMitigation() {
		MitigationForm form = MitigationForm.blank(3);
		form.setDescription(" Multi-agency audit ");
		form.setOwner(" ");
		form.setStatus("IN_PROGRESS");
		assertThat(validate(form).hasErrors()).isFalse();
		assertThat(form.details())
			.isEqualTo(new MitigationDetails("Multi-agency audit", null, MitigationStatus.IN_PROGRESS));
		assertThat(form.shownVersion()).isEqualTo(3);
	}

	@Test
	void theDescriptionAndStatusAreRequired() {
		MitigationForm form = MitigationForm.blank(0);
		Errors errors = validate(form);
		assertThat(fieldCode(errors, "description")).isEqualTo("mitigationForm.description.required");
		assertThat(fieldCode(errors, "status")).isEqualTo("mitigationForm.status.required");
	}

	@Test
	void aStatusNotOfferedIsRefused() {
		MitigationForm form = MitigationForm.blank(0);
		form.setDescription("Audit");
		form.setStatus("DONE");
		assertThat(fieldCode(validate(form), "status")).isEqualTo("mitigationForm.status.required");
	}

	@Test
	void overLongTextIsRefused() {
		MitigationForm form = MitigationForm.blank(0);
		form.setDescription("d".repeat(MitigationForm.MAX_DESCRIPTION + 1));
		form.setOwner("o".repeat(RiskForm.MAX_OWNER + 1));
		form.setStatus("PLANNED");
		Errors errors = validate(form);
		assertThat(fieldCode(errors, "description")).isEqualTo("riskForm.tooLong");
		assertThat(fieldCode(errors, "owner")).isEqualTo("riskForm.tooLong");
	}

	@Test
	void theFormOfASavedMitigationShowsIt() {
		MitigationForm form = MitigationForm
			.of(new MitigationDetails("Audit", "Head of service", MitigationStatus.COMPLETE), 9);
		assertThat(form.getDescription()).isEqualTo("Audit");
		assertThat(form.getOwner()).isEqualTo("Head of service");
		assertThat(form.getStatus()).isEqualTo("COMPLETE");
		assertThat(form.getVersion()).isEqualTo("9");
	}

	private static Errors validate(MitigationForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "mitigationForm");
		form.validate(errors);
		return errors;
	}

}
