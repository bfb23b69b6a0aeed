package org.waymark.risk;

import java.time.LocalDate;

/**
 * What a risk's form changes: everything but its score, which only an assessment sets,
 * and its status.
 *
 * @param reference the register's reference, such as ORG0009, or null
 * @param description the cause and event
 * @param impactDescription the impact or consequences
 * @param targetScore the score the mitigations aim for, 1 to 25, or null
 */
public record RiskDetails(String reference, String title, String description, String impactDescription, String owner,
		Integer targetScore, LocalDate reviewDate) {

	static RiskDetails of(Risk risk) {
		return new RiskDetails(risk.getReference(), risk.getTitle(), risk.getDescription(), risk.getImpactDescription(),
				risk.getOwner(), risk.getTargetScore(), risk.getReviewDate());
	}

	void applyTo(Risk risk) {
		risk.setReference(this.reference);
		risk.setTitle(this.title);
		risk.setDescription(this.description);
		risk.setImpactDescription(this.impactDescription);
		risk.setOwner(this.owner);
		risk.setTargetScore(this.targetScore);
		risk.setReviewDate(this.reviewDate);
	}

}
