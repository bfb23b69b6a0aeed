package org.waymark.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the forms changing a risk need: whose register it is on, what is saved, and the
 * version the form shows, so that a change made from an older version is refused.
 *
 * @param programmeId null for a plan-wide or corporate risk
 * @param programmeLabel the programme in its plan's term, "Priority 3"; null for a
 * plan-wide or corporate risk
 * @param score null while the risk is unscored
 * @param band null while the risk is unscored
 * @param lastAssessedOn null when the risk has never been assessed
 */
public record RiskForEditing(long riskId, long version, long planId, Long programmeId, Integer programmeNumber,
		String programmeLabel, String programmeTitle, RiskDetails saved, RiskStatus status, RiskScore score,
		RiskBand band, LocalDate lastAssessedOn, List<SavedMitigation> mitigations) {

	public boolean isCorporate() {
		return this.programmeId == null;
	}

	public boolean isOpen() {
		return this.status == RiskStatus.OPEN;
	}

	public Optional<SavedMitigation> mitigation(long mitigationId) {
		return this.mitigations.stream().filter((mitigation) -> mitigation.id() == mitigationId).findFirst();
	}

}
