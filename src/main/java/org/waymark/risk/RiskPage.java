package org.waymark.risk;

import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * One risk's page: what it is, its current and target scores, its review date and status,
 * why it needs attention if it does, its mitigations, and its score history as a chart
 * and a table.
 *
 * @param risk the risk as registers show it (score, band, previous score, dates)
 * @param description cause and event
 * @param impact impact or consequences
 * @param movement how its score moved at its latest assessment, null while unscored
 * @param targetBand the band the target score is in, or null when there is none
 * @param reviewDate its review date written out, or null
 * @param reviewOverdue whether it is open and its review date has passed
 * @param lastAssessedOn the day of its latest assessment written out, or null
 * @param programmeLabel the risk's programme in its plan's term, "Priority 3"; null for a
 * plan-wide or corporate risk
 * @param attention why it needs attention, as messages
 * @param history its assessments, oldest first
 * @param chart the history chart, or null when it has never been assessed
 * @param registerHref the register this risk is on, filtered to its programme (or to
 * corporate and plan-wide risks)
 * @param canEdit whether the reader may change the risk, re-score it and change its
 * mitigations ({@link RiskEditors#mayEdit})
 */
public record RiskPage(RiskSummary risk, String planTitle, String programmeLabel, FormattedText description,
		FormattedText impact, RiskMovement movement, RiskBand targetBand, String reviewDate, boolean reviewOverdue,
		String lastAssessedOn, List<Attention> attention, List<MitigationRow> mitigations, List<HistoryRow> history,
		RiskChart chart, String registerHref, boolean canEdit) {

	public RiskPage {
		attention = List.copyOf(attention);
		mitigations = List.copyOf(mitigations);
		history = List.copyOf(history);
	}

	/**
	 * A reason the risk needs attention, as a sentence.
	 *
	 * @param messageKey the sentence, which may use the arguments
	 * @param arguments the review date, the previous score and the current score, as text
	 */
	public record Attention(AttentionReason reason, String messageKey, List<String> arguments) {
	}

	/** A mitigation, in register order. */
	public record MitigationRow(long id, FormattedText description, String owner, MitigationStatus status) {
	}

	/**
	 * An assessment.
	 *
	 * @param date the day it was made, written out
	 * @param assessedBy who made it, or null
	 * @param note what was noted with it
	 */
	public record HistoryRow(String date, String assessedBy, RiskScore score, RiskBand band, FormattedText note) {
	}

}
