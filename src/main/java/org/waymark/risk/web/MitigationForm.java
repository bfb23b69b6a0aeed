package org.waymark.risk.web;

import org.springframework.validation.Errors;
import org.waymark.risk.MitigationDetails;
import org.waymark.risk.MitigationStatus;

/**
 * A mitigation as typed into its form. It carries the version of the risk the form
 * showed: mitigations are part of the risk, so a change to one made from an older version
 * of the risk is refused rather than overwriting someone else's.
 */
public class MitigationForm {

	static final int MAX_DESCRIPTION = 4_000;

	private String version;

	private String description;

	private String owner;

	private String status;

	static MitigationForm blank(long riskVersion) {
		MitigationForm form = new MitigationForm();
		form.version = String.valueOf(riskVersion);
		return form;
	}

	static MitigationForm of(MitigationDetails saved, long riskVersion) {
		MitigationForm form = blank(riskVersion);
		form.description = saved.description();
		form.owner = saved.owner();
		form.status = saved.status().name();
		return form;
	}

	/**
	 * The version of the risk the form showed, or -1 when it sent none or something else.
	 */
	long shownVersion() {
		try {
			return (this.version != null) ? Long.parseLong(this.version.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Rejects what cannot be saved, against the field it is in. */
	void validate(Errors errors) {
		if (RiskForm.isBlank(this.description)) {
			errors.rejectValue("description", "mitigationForm.description.required");
		}
		else if (this.description.strip().length() > MAX_DESCRIPTION) {
			errors.rejectValue("description", "riskForm.tooLong", new Object[] { MAX_DESCRIPTION }, null);
		}
		if (this.owner != null && this.owner.strip().length() > RiskForm.MAX_OWNER) {
			errors.rejectValue("owner", "riskForm.tooLong", new Object[] { RiskForm.MAX_OWNER }, null);
		}
		if (statusChosen() == null) {
			errors.rejectValue("status", "mitigationForm.status.required");
		}
	}

	/** Call only after {@link #validate} found nothing wrong. */
	MitigationDetails details() {
		return new MitigationDetails(this.description.strip(), RiskForm.orNull(this.owner), statusChosen());
	}

	private MitigationStatus statusChosen() {
		for (MitigationStatus candidate : MitigationStatus.values()) {
			if (candidate.name().equals(this.status)) {
				return candidate;
			}
		}
		return null;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

}
