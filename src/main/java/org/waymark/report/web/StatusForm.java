package org.waymark.report.web;

import jakarta.validation.constraints.Size;
import org.waymark.report.Rag;

/** Section 1 of a report as typed: the overall status and the reason for it. */
public class StatusForm {

	private Rag status;

	@Size(max = 10_000)
	private String reason;

	private String fingerprint;

	public Rag getStatus() {
		return this.status;
	}

	public void setStatus(Rag status) {
		this.status = status;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

}
