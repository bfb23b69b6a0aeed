package org.waymark.risk;

/** What a mitigation's form changes: the action, who owns it and how far it has got. */
public record MitigationDetails(String description, String owner, MitigationStatus status) {

	static MitigationDetails of(RiskMitigation mitigation) {
		return new MitigationDetails(mitigation.getDescription(), mitigation.getOwner(), mitigation.getStatus());
	}

}
