package org.waymark.risk;

import java.util.Collection;
import java.util.Locale;

/**
 * Which of a plan's risks the heat map and the attention list show: one programme's, the
 * corporate and plan-wide ones (no programme), or all; and open, closed or all. The same
 * values as the register's query parameters ({@code programme=12},
 * {@code programme=corporate}, {@code status=open|closed|all}), so that the heat map's
 * cell links carry its filter to the register unchanged.
 *
 * @param programmeId the one programme shown, or null
 * @param corporateOnly whether only risks with no programme are shown
 * @param status the statuses shown
 */
public record RiskFilter(Long programmeId, boolean corporateOnly, Status status) {

	/** The query parameter value that picks the risks with no programme. */
	public static final String CORPORATE = "corporate";

	public RiskFilter {
		if (programmeId != null && corporateOnly) {
			throw new IllegalArgumentException("A filter picks one programme or the corporate risks, not both");
		}
		if (status == null) {
			throw new IllegalArgumentException("A filter needs a status");
		}
	}

	/** The default: every open risk of the plan. */
	public static RiskFilter openRisks() {
		return new RiskFilter(null, false, Status.OPEN);
	}

	/**
	 * Reads the query parameters as a person or a link sent them.
	 * @param programme blank for all, {@value #CORPORATE}, or the id of one of
	 * {@code programmeIds}
	 * @param status blank for open, or open, closed or all (any case)
	 * @param programmeIds the ids of the plan's programmes
	 * @throws UnknownRiskFilterException for any other value
	 */
	public static RiskFilter parse(String programme, String status, Collection<Long> programmeIds) {
		return new RiskFilter(programmeId(programme, programmeIds), isCorporate(programme), Status.parse(status));
	}

	private static boolean isCorporate(String programme) {
		return programme != null && CORPORATE.equalsIgnoreCase(programme.strip());
	}

	private static Long programmeId(String programme, Collection<Long> programmeIds) {
		if (programme == null || programme.isBlank() || isCorporate(programme)) {
			return null;
		}
		try {
			long id = Long.parseLong(programme.strip());
			if (programmeIds.contains(id)) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// Not a number: refused below like an id of another plan's programme.
		}
		throw new UnknownRiskFilterException("programme", programme);
	}

	/** Whether the filter shows this risk. */
	public boolean includes(RiskSummary risk) {
		if (!this.status.includes(risk.status())) {
			return false;
		}
		if (this.corporateOnly) {
			return risk.isCorporate();
		}
		return this.programmeId == null || this.programmeId.equals(risk.programmeId());
	}

	/**
	 * The programme as its query parameter value: empty for all, {@value #CORPORATE}, or
	 * the programme's id.
	 */
	public String programmeParameter() {
		if (this.corporateOnly) {
			return CORPORATE;
		}
		return (this.programmeId != null) ? this.programmeId.toString() : "";
	}

	/** The same risks whatever their status (the attention list shows open ones only). */
	public RiskFilter withStatus(Status other) {
		return new RiskFilter(this.programmeId, this.corporateOnly, other);
	}

	/** The statuses a filter shows. */
	public enum Status {

		OPEN, CLOSED, ALL;

		static Status parse(String value) {
			if (value == null || value.isBlank()) {
				return OPEN;
			}
			for (Status status : values()) {
				if (status.name().equalsIgnoreCase(value.strip())) {
					return status;
				}
			}
			throw new UnknownRiskFilterException("status", value);
		}

		public boolean includes(RiskStatus status) {
			return switch (this) {
				case OPEN -> status == RiskStatus.OPEN;
				case CLOSED -> status == RiskStatus.CLOSED;
				case ALL -> true;
			};
		}

		/** The query parameter value, as the register reads it. */
		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		public String messageKey() {
			return "riskFilter.status." + name();
		}

	}

}
