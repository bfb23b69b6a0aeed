package org.waymark.risk;

import org.waymark.risk.RiskFilter.ProgrammeOption;

import java.util.List;

/**
 * A plan's risk register as a page: the risks the filters admit, corporate and plan-wide
 * first and then by programme, each with its score and band, movement, target and review
 * date; how many there are in each band; and links to the heat map and attention list
 * with the same filters.
 *
 * @param programmes the plan's programmes, for the filter
 * @param filter the programme and status shown
 * @param programmeTerm what the plan calls a programme, capitalised: "Priority"
 * @param cell the likelihood and impact shown (a heat map cell), or null for every score
 * @param rows the risks shown
 * @param counts how many are shown, by band
 * @param canAdd whether the reader may add a risk (leads and admins)
 * @param addHref where adding a risk starts (for the programme shown, when the reader may
 * add to it)
 * @param heatMapHref the heat map, with the programme and status filters
 * @param attentionHref the attention list, with the programme filter
 * @param allScoresHref this register without the likelihood and impact filter
 */
public record RiskRegister(long planId, String planTitle, String programmeTerm, List<ProgrammeOption> programmes,
		RiskFilter filter, RiskScore cell, List<Row> rows, RiskCounts counts, boolean canAdd, String addHref,
		String heatMapHref, String attentionHref, String allScoresHref) {

	public RiskRegister {
		programmes = List.copyOf(programmes);
		rows = List.copyOf(rows);
	}

	/** The label of a risk's programme, "Priority 3"; null for a corporate risk. */
	public String programmeLabel(Long programmeId) {
		return ProgrammeOption.labelOf(this.programmes, programmeId);
	}

	/** The statuses to filter by, for the filter's options. */
	public List<RiskFilter.Status> statuses() {
		return List.of(RiskFilter.Status.values());
	}

	/**
	 * A risk on the register.
	 *
	 * @param movement how its score moved at its latest assessment, null while unscored
	 * @param reviewDate its review date written out, or null
	 * @param reviewOverdue whether it is open and its review date has passed
	 */
	public record Row(RiskSummary risk, RiskMovement movement, String reviewDate, boolean reviewOverdue) {
	}

}
