package org.waymark.risk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Reading registers as summaries, for this module's pages and for other modules (the
 * highlight report's risks section, dashboards). Each method costs the same few
 * statements however many risks, mitigations and assessments there are.
 */
@Service
@Transactional(readOnly = true)
public class RiskQueries {

	private final RiskRepository risks;

	private final RiskBands bands;

	RiskQueries(RiskRepository risks, RiskBands bands) {
		this.risks = risks;
		this.bands = bands;
	}

	/** Every risk of the plan, open and closed, corporate first then by programme. */
	public List<RiskSummary> risksOfPlan(long planId) {
		List<Risk> found = this.risks.findByPlan(planId);
		if (!found.isEmpty()) {
			this.risks.fetchAssessmentsOfPlan(planId);
			this.risks.fetchMitigationsOfPlan(planId);
		}
		return summaries(found);
	}

	/** Every risk on the programme's register, open and closed, in register order. */
	public List<RiskSummary> risksOfProgramme(long programmeId) {
		List<Risk> found = this.risks.findByProgramme(programmeId);
		if (!found.isEmpty()) {
			this.risks.fetchAssessmentsOfProgramme(programmeId);
			this.risks.fetchMitigationsOfProgramme(programmeId);
		}
		return summaries(found);
	}

	/** The open risks on the programme's register, in register order. */
	public List<RiskSummary> openRisksOfProgramme(long programmeId) {
		return risksOfProgramme(programmeId).stream().filter(RiskSummary::isOpen).toList();
	}

	/**
	 * Every risk of the plan with the score it stood at on two days, from its assessment
	 * history, corporate first then by programme: for comparing two quarters. Three
	 * statements, however many risks and assessments.
	 */
	public List<RiskBetween> risksOfPlanBetween(long planId, LocalDate earlier, LocalDate later) {
		List<Risk> found = this.risks.findByPlan(planId);
		if (!found.isEmpty()) {
			this.risks.fetchAssessmentsOfPlan(planId);
		}
		return found.stream().map((risk) -> {
			RiskScore before = risk.scoreOn(earlier).orElse(null);
			RiskScore after = risk.scoreOn(later).orElse(null);
			ImprovementProgramme programme = risk.getProgramme();
			return new RiskBetween(risk.getId(), (programme != null) ? programme.getId() : null, risk.getReference(),
					risk.getTitle(), risk.getStatus(), before, (before != null) ? this.bands.bandOf(before) : null,
					after, (after != null) ? this.bands.bandOf(after) : null);
		}).toList();
	}

	/**
	 * The plan's open risks as a key-risks table prints them, corporate first then by
	 * programme in register order: three statements, however many risks, mitigations and
	 * assessments.
	 */
	public List<KeyRisk> openKeyRisksOfPlan(long planId) {
		List<Risk> found = this.risks.findByPlan(planId);
		if (!found.isEmpty()) {
			this.risks.fetchAssessmentsOfPlan(planId);
			this.risks.fetchMitigationsOfPlan(planId);
		}
		return found.stream().filter(Risk::isOpen).map((risk) -> {
			ImprovementProgramme programme = risk.getProgramme();
			RiskScore score = risk.score().orElse(null);
			return new KeyRisk((programme != null) ? programme.getNumber() : null,
					(programme != null) ? programme.getTitle() : null, risk.getReference(), risk.getTitle(),
					risk.getDescription(), risk.getImpactDescription(),
					risk.getMitigations()
						.stream()
						.sorted(Comparator.comparingInt(RiskMitigation::getPosition))
						.map(RiskMitigation::getDescription)
						.toList(),
					score, (score != null) ? this.bands.bandOf(score) : null);
		}).toList();
	}

	private List<RiskSummary> summaries(List<Risk> found) {
		return found.stream().map((risk) -> RiskSummary.of(risk, this.bands.thresholds())).toList();
	}

	// --- For the highlight report's risks section (h-reportrisks) ---

	/**
	 * Every risk on the programme's register, open and closed, in register order, with
	 * only what a report naming risks shows of each: one statement, however many risks,
	 * mitigations and assessments there are.
	 */
	public List<RiskChoice> choicesOfProgramme(long programmeId) {
		return this.risks.findByProgramme(programmeId)
			.stream()
			.map((risk) -> new RiskChoice(risk.getId(), risk.getReference(), risk.getTitle(), risk.score().orElse(null),
					risk.score().map(this.bands::bandOf).orElse(null), risk.getStatus()))
			.toList();
	}

	/**
	 * A risk as a highlight report offers it for picking.
	 *
	 * @param score null while unscored
	 * @param band null while unscored
	 */
	public record RiskChoice(long id, String reference, String title, RiskScore score, RiskBand band,
			RiskStatus status) {

		public boolean isOpen() {
			return this.status == RiskStatus.OPEN;
		}

	}

}
