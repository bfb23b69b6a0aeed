package org.waymark.risk;

import org.springframework.web.util.UriComponentsBuilder;
import org.waymark.shared.NotFoundException;

import java.util.Collection;

/**
 * The register's filters as read from its address: one programme's register, the
 * plan-wide and corporate risks only, or all; which statuses; and, from the heat map's
 * cells, one likelihood and impact. Addresses are typed and shared, so a status or score
 * that makes no sense is set aside (and the page says so) rather than refused; a
 * programme that is not the plan's is not found.
 *
 * @param programmeId the programme whose risks are shown, or null
 * @param corporate whether only plan-wide and corporate risks are shown
 * @param status which statuses are shown
 * @param cell the likelihood and impact shown, or null for every score
 * @param statusSetAside whether the address named a status that is not one
 * @param cellSetAside whether the address gave a likelihood and impact that are not both
 * whole numbers from 1 to 5
 */
public record RiskRegisterFilter(Long programmeId, boolean corporate, RiskStatusFilter status, RiskScore cell,
		boolean statusSetAside, boolean cellSetAside) {

	/** The {@code programme} value that picks plan-wide and corporate risks. */
	public static final String CORPORATE = "corporate";

	/**
	 * Reads the filters from the address's parameters, each of which may be null.
	 * @param programmeIds the plan's programmes
	 * @throws NotFoundException if {@code programme} names none of the plan's programmes
	 */
	public static RiskRegisterFilter read(String programme, String status, String likelihood, String impact,
			Collection<Long> programmeIds) {
		Long programmeId = null;
		boolean corporate = false;
		if (programme != null && !programme.isBlank()) {
			if (CORPORATE.equalsIgnoreCase(programme.strip())) {
				corporate = true;
			}
			else {
				programmeId = parseId(programme.strip());
				if (programmeId == null || !programmeIds.contains(programmeId)) {
					throw new NotFoundException("Programme " + programme.strip() + " of this plan");
				}
			}
		}
		RiskStatusFilter statusFilter = RiskStatusFilter.DEFAULT;
		boolean statusSetAside = false;
		if (status != null && !status.isBlank()) {
			RiskStatusFilter named = RiskStatusFilter.fromParameter(status);
			statusSetAside = (named == null);
			statusFilter = (named != null) ? named : RiskStatusFilter.DEFAULT;
		}
		RiskScore cell = null;
		boolean cellSetAside = false;
		boolean noLikelihood = likelihood == null || likelihood.isBlank();
		boolean noImpact = impact == null || impact.isBlank();
		if (!noLikelihood || !noImpact) {
			Integer l = noLikelihood ? null : parseRating(likelihood.strip());
			Integer i = noImpact ? null : parseRating(impact.strip());
			if (l != null && i != null) {
				cell = new RiskScore(l, i);
			}
			else {
				cellSetAside = true;
			}
		}
		return new RiskRegisterFilter(programmeId, corporate, statusFilter, cell, statusSetAside, cellSetAside);
	}

	public boolean matches(RiskSummary risk) {
		if (this.corporate && !risk.isCorporate()) {
			return false;
		}
		if (this.programmeId != null && !this.programmeId.equals(risk.programmeId())) {
			return false;
		}
		if (!this.status.admits(risk.status())) {
			return false;
		}
		return this.cell == null || this.cell.equals(risk.score());
	}

	/** The {@code programme} parameter that keeps this filter's programme, or null. */
	public String programmeParameter() {
		if (this.corporate) {
			return CORPORATE;
		}
		return (this.programmeId != null) ? this.programmeId.toString() : null;
	}

	/** The register at this address, optionally without the likelihood and impact. */
	public String registerHref(long planId, boolean withCell) {
		UriComponentsBuilder href = programmeAndStatus("/risks", planId);
		if (withCell && this.cell != null) {
			href.queryParam("likelihood", this.cell.likelihood()).queryParam("impact", this.cell.impact());
		}
		return href.build().toUriString();
	}

	/** The heat map of the risks this register shows, by programme and status. */
	public String heatMapHref(long planId) {
		return programmeAndStatus("/risks/heat-map", planId).build().toUriString();
	}

	/**
	 * The attention list for this register's programme (it lists open risks only, so the
	 * status does not go with it).
	 */
	public String attentionHref(long planId) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/plans/" + planId + "/risks/attention");
		if (programmeParameter() != null) {
			href.queryParam("programme", programmeParameter());
		}
		return href.build().toUriString();
	}

	private UriComponentsBuilder programmeAndStatus(String path, long planId) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/plans/" + planId + path);
		if (programmeParameter() != null) {
			href.queryParam("programme", programmeParameter());
		}
		if (this.status != RiskStatusFilter.DEFAULT) {
			href.queryParam("status", this.status.parameter());
		}
		return href;
	}

	private static Long parseId(String value) {
		if (!value.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(value);
	}

	private static Integer parseRating(String value) {
		if (!value.matches("\\d{1,2}")) {
			return null;
		}
		int rating = Integer.parseInt(value);
		return (rating >= RiskScore.MIN_RATING && rating <= RiskScore.MAX_RATING) ? rating : null;
	}

}
