package org.waymark.pack;

import org.waymark.report.ExecutiveSummary;
import org.waymark.report.HighlightReportView;
import org.waymark.risk.KeyRisk;
import org.waymark.shared.FormattedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's committee pack as one reader may see it: what the PDF pack prints and the
 * Word exports write out.
 *
 * @param quarter the programmes' statuses and measures by the quarter view's as-published
 * rule
 * @param summary the quarter's published executive summary, or null when none is
 * published
 * @param reports the highlight report shown for each programme that has one, in programme
 * order
 * @param keyRisks the plan's open risks, corporate first then by programme, as the
 * registers stand today
 * @param preparedOn the day the pack was made
 * @param preparedBy who made it (the signed-in user's name)
 */
public record CommitteePack(QuarterData quarter, Summary summary, List<HighlightReportView> reports,
		List<KeyRisk> keyRisks, LocalDate preparedOn, String preparedBy) {

	/** The executive summary's narrative, as published. */
	public record Summary(String progressAsAt, FormattedText overall, FormattedText achievements,
			FormattedText slippageIssuesRisks, FormattedText nextQuarter, FormattedText decisionsRequired) {

		static Summary of(ExecutiveSummary summary) {
			return new Summary(summary.getProgressAsAt(), FormattedText.of(summary.getOverall()),
					FormattedText.of(summary.getAchievements()), FormattedText.of(summary.getSlippageIssuesRisks()),
					FormattedText.of(summary.getNextQuarter()), FormattedText.of(summary.getDecisionsRequired()));
		}

	}

	/** The report shown for a programme, or null when it has none. */
	public HighlightReportView reportOf(QuarterData.StatusRow status) {
		if (status.reportId() == null) {
			return null;
		}
		return this.reports.stream()
			.filter((report) -> report.header().reportId() == status.reportId())
			.findFirst()
			.orElse(null);
	}

	/** The programme risks, in programme order. */
	public List<KeyRisk> programmeRisks() {
		return this.keyRisks.stream().filter((risk) -> !risk.isCorporate()).toList();
	}

	/** The plan-wide and corporate risks. */
	public List<KeyRisk> corporateRisks() {
		return this.keyRisks.stream().filter(KeyRisk::isCorporate).toList();
	}

}
