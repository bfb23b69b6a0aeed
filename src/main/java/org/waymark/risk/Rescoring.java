package org.waymark.risk;

import java.time.LocalDate;

/**
 * What re-scoring a risk did, for the sentence that confirms it.
 *
 * @param previous the current score before, null when the risk was unscored
 * @param current whether the assessment is now the current score; false for one dated
 * before the latest, which adds history only
 */
public record Rescoring(LocalDate assessedOn, RiskScore score, RiskBand band, RiskScore previous, boolean current) {

}
