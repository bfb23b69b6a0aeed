package org.waymark.report.web;

import jakarta.validation.constraints.Size;

/** A narrative section as typed: its text, or a nil return. */
public class SectionForm {

	@Size(max = 20_000)
	private String body;

	private boolean nilReturn;

	private String fingerprint;

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

}
