package org.waymark.risk;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which of a plan's risks the register, the heat map and the attention list show: one
 * programme's, the corporate and plan-wide ones (no programme), or all; and open, closed
 * or all. Read from the same query parameters on all three pages ({@code programme=12},
 * {@code programme=corporate}, {@code status=open|closed|all}) and written back into the
 * links between them, so a filter carries from page to page unchanged. A value the pages
 * do not understand is refused ({@link UnknownRiskFilterException}) rather than quietly
 * replaced by another.
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

	/** Whether the filter shows only this programme's risks. */
	public boolean isProgramme(long id) {
		return this.programmeId != null && this.programmeId == id;
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

	/** The register of the risks this filter shows. */
	public String registerHref(long planId) {
		return registerHref(planId, null);
	}

	/**
	 * The register of the risks this filter shows that are scored this likelihood and
	 * impact (a heat map cell), or of every score when {@code cell} is null.
	 */
	public String registerHref(long planId, RiskScore cell) {
		UriComponentsBuilder href = withParameters(planId, "/risks", true);
		if (cell != null) {
			href.queryParam("likelihood", cell.likelihood()).queryParam("impact", cell.impact());
		}
		return href.build().toUriString();
	}

	/** The heat map of the risks this filter shows. */
	public String heatMapHref(long planId) {
		return withParameters(planId, "/risks/heat-map", true).build().toUriString();
	}

	/**
	 * The attention list for this filter's programme: it lists open risks only, so the
	 * status does not go with it.
	 */
	public String attentionHref(long planId) {
		return withParameters(planId, "/risks/attention", false).build().toUriString();
	}

	/**
	 * The page's address with the programme and, unless it is the default, the status.
	 */
	private UriComponentsBuilder withParameters(long planId, String path, boolean withStatus) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/plans/" + planId + path);
		if (!programmeParameter().isEmpty()) {
			href.queryParam("programme", programmeParameter());
		}
		if (withStatus && this.status != Status.OPEN) {
			href.queryParam("status", this.status.parameter());
		}
		return href;
	}

	/** The statuses a filter shows: open ones unless asked otherwise. */
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

		/** The query parameter value. */
		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		public String messageKey() {
			return "riskFilter.status." + name();
		}

		/** The register's line that counts the risks shown and their bands. */
		public String countsKey() {
			return "riskRegister.counts." + name();
		}

	}

	/**
	 * A programme the pages' filter offers.
	 *
	 * @param id its {@code programme} parameter
	 * @param label the programme in its plan's term, "Priority 3"
	 */
	public record ProgrammeOption(long id, int number, String label, String title) {

		/**
		 * The label of the option with the id, or null when none has it (a corporate
		 * risk's null id).
		 */
		static String labelOf(List<ProgrammeOption> options, Long id) {
			return (id == null) ? null
					: options.stream().filter((o) -> o.id() == id).map(ProgrammeOption::label).findFirst().orElse(null);
		}

	}

}
