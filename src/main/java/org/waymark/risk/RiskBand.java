package org.waymark.risk;

/**
 * The band a risk score falls in, which decides how prominently the register shows it:
 * high risks are red, medium amber (the yellow tag) and low green.
 */
public enum RiskBand {

	LOW("govuk-tag--green"), MEDIUM("govuk-tag--yellow"), HIGH("govuk-tag--red");

	private final String tagClass;

	RiskBand(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "risk.band." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

}
