package org.waymark.risk;

/**
 * A risk to add to a plan's register.
 *
 * @param programmeId the programme whose register it goes on, or null for a plan-wide or
 * corporate risk
 * @param initialScore its first assessment, or null to leave it unscored
 */
public record NewRisk(Long programmeId, RiskDetails details, RiskScore initialScore) {

}
