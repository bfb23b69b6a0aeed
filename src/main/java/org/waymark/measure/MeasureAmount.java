package org.waymark.measure;

import java.math.BigDecimal;

/**
 * A number in a measure's unit, ready to show: {@code messageKey} names the message that
 * writes it with its unit, "52.07%" or "3.9 per 1,000".
 *
 * @param value the number, without trailing zeros
 * @param messageKey the message that formats the number in its unit
 */
public record MeasureAmount(BigDecimal value, String messageKey) {

	/** The amount, or null when there is no number. */
	public static MeasureAmount of(BigDecimal value, MeasureUnit unit) {
		if (value == null) {
			return null;
		}
		return new MeasureAmount(value.stripTrailingZeros(), "unit.value." + unit.name());
	}

}
