package org.waymark.risk;

import java.util.Locale;

/** Which risks a register shows by status: open ones unless asked otherwise. */
public enum RiskStatusFilter {

	OPEN, CLOSED, ALL;

	public static final RiskStatusFilter DEFAULT = OPEN;

	/**
	 * The filter an address's {@code status} names ("open", "closed", "all"), or null
	 * when it names none of them.
	 */
	static RiskStatusFilter fromParameter(String value) {
		for (RiskStatusFilter filter : values()) {
			if (filter.parameter().equalsIgnoreCase(value.strip())) {
				return filter;
			}
		}
		return null;
	}

	/** As it is written in an address. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean admits(RiskStatus status) {
		return switch (this) {
			case OPEN -> status == RiskStatus.OPEN;
			case CLOSED -> status == RiskStatus.CLOSED;
			case ALL -> true;
		};
	}

	public String messageKey() {
		return "riskRegister.status." + name();
	}

	/** The message that counts the risks shown and their bands. */
	public String countsKey() {
		return "riskRegister.counts." + name();
	}

}
