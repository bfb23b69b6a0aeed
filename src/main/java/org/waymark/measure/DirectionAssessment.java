package org.waymark.measure;

import java.util.Objects;

/**
 * The direction of travel shown for a measure: the computed one, or a lead's override of
 * it. An override must carry the reason for it ("Not comparable, new assessment") so
 * readers can see why the figures and the direction disagree.
 *
 * @param computed the direction worked out from the values
 * @param override the direction the lead chose instead, or {@code null}
 * @param overrideReason why the lead overrode it; present exactly when there is an
 * override
 */
public record DirectionAssessment(DirectionOfTravel computed, DirectionOfTravel override, String overrideReason) {

	public DirectionAssessment {
		Objects.requireNonNull(computed, "computed");
		// Forms send an empty string for an untouched field; treat it as no reason at
		// all.
		overrideReason = (overrideReason == null || overrideReason.isBlank()) ? null : overrideReason.strip();
		if (override != null && overrideReason == null) {
			throw new IllegalArgumentException("Give a reason for overriding the direction of travel");
		}
		if (override == null && overrideReason != null) {
			throw new IllegalArgumentException(
					"A reason can only be given when overriding the direction of travel; choose the direction it explains");
		}
	}

	public static DirectionAssessment computedOnly(DirectionOfTravel computed) {
		return new DirectionAssessment(computed, null, null);
	}

	public DirectionOfTravel shown() {
		return (this.override != null) ? this.override : this.computed;
	}

	public boolean overridden() {
		return this.override != null;
	}

}
