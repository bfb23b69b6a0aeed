package org.waymark.risk;

import java.util.List;

/**
 * A risk as the executive summary's key-risks table prints it: the programme, the risk,
 * its impact and its mitigations, and for a scored risk its score and band.
 *
 * @param programmeNumber null for a plan-wide or corporate risk
 * @param programmeTitle null for a plan-wide or corporate risk
 * @param reference the register's reference, such as ORG0009, or null
 * @param description the cause and event, or null
 * @param impactDescription the impact, or null
 * @param mitigations each mitigation's description, in the register's order
 * @param score null while unscored (the key-risks table scores none)
 * @param band null while unscored
 */
public record KeyRisk(Integer programmeNumber, String programmeTitle, String reference, String title,
		String description, String impactDescription, List<String> mitigations, RiskScore score, RiskBand band) {

	public KeyRisk {
		mitigations = List.copyOf(mitigations);
	}

	public boolean isCorporate() {
		return this.programmeNumber == null;
	}

}
