package org.waymark.report.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;

/**
 * A narrative section as typed: its text, or a nil return; for the risks section, also
 * the risks ticked on the programme's register.
 */
public class SectionForm {

	@Size(max = 20_000)
	private String body;

	private boolean nilReturn;

	private String fingerprint;

	/** The ids of the risks ticked, as posted; checked against the register on saving. */
	private List<Long> risks = new ArrayList<>();

	/**
	 * The rules across fields: a nil return cannot also have text, or name risks, since
	 * either would be lost without a word.
	 */
	void validate(Errors errors) {
		boolean hasText = this.body != null && !this.body.isBlank();
		if (this.nilReturn && hasText && !errors.hasFieldErrors("body")) {
			errors.rejectValue("nilReturn", "report.section.nilReturnWithText");
		}
		else if (this.nilReturn && !this.risks.isEmpty() && !errors.hasFieldErrors("risks")) {
			errors.rejectValue("nilReturn", "report.risks.nilReturnWithRisks");
		}
	}

	/** The risks ticked, each once, without the empty values a forged post may carry. */
	List<Long> pickedRisks() {
		return this.risks.stream().filter((id) -> id != null).distinct().toList();
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public boolean isNilReturn() {
		return this.nilReturn;
	}

	public void setNilReturn(boolean nilReturn) {
		this.nilReturn = nilReturn;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public List<Long> getRisks() {
		return this.risks;
	}

	public void setRisks(List<Long> risks) {
		this.risks = (risks != null) ? risks : new ArrayList<>();
	}

}
