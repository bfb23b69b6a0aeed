package org.waymark.risk;

import jakarta.persistence.EntityManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.risk.RiskPage.Attention;
import org.waymark.risk.RiskPage.HistoryRow;
import org.waymark.risk.RiskPage.MitigationRow;
import org.waymark.risk.RiskFilter.ProgrammeOption;
import org.waymark.risk.RiskRegister.Row;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The risk register's pages: a plan's register, filtered, and one risk with its
 * mitigations and score history. Everyone signed in reads them, scrutiny included: risks
 * have no draft state.
 */
@Service
@Transactional(readOnly = true)
public class RiskPages {

	private final RiskRepository risks;

	private final RiskQueries queries;

	private final ProgrammeQueries programmes;

	private final RiskBands bands;

	private final RiskEditors editors;

	private final EntityManager entityManager;

	private final Clock clock;

	RiskPages(RiskRepository risks, RiskQueries queries, ProgrammeQueries programmes, RiskBands bands,
			RiskEditors editors, EntityManager entityManager, Clock clock) {
		this.risks = risks;
		this.queries = queries;
		this.programmes = programmes;
		this.bands = bands;
		this.editors = editors;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The plan's register with the address's filters (any may be null), in five
	 * statements however many risks, assessments and mitigations there are.
	 * @throws NotFoundException if there is no such plan
	 * @throws UnknownRiskFilterException for a filter value the register does not
	 * understand ({@link RiskRegisterFilter#read})
	 */
	public RiskRegister register(long planId, String programme, String status, String likelihood, String impact,
			Authentication reader) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		List<ProgrammeOption> options = this.programmes.programmesOf(planId)
			.stream()
			.map((p) -> new ProgrammeOption(p.getId(), p.getNumber(), plan.programmeLabel(p.getNumber()), p.getTitle()))
			.toList();
		RiskRegisterFilter read = RiskRegisterFilter.read(programme, status, likelihood, impact,
				options.stream().map(ProgrammeOption::id).toList());
		RiskFilter filter = read.filter();
		LocalDate today = LocalDate.now(this.clock);
		List<RiskSummary> shown = this.queries.risksOfPlan(planId).stream().filter(read::matches).toList();
		List<Row> rows = shown.stream()
			.map((risk) -> new Row(risk, RiskMovement.of(risk.score(), risk.previousScore()),
					DisplayDates.format(risk.reviewDate()), isReviewOverdue(risk, today)))
			.toList();
		boolean canAdd = this.editors.mayAddToPlan(reader, options.stream().map(ProgrammeOption::id).toList());
		String addHref = "/plans/" + planId + "/risks/new";
		if (filter.programmeId() != null && this.editors.mayEdit(reader, filter.programmeId())) {
			addHref += "?programme=" + filter.programmeId();
		}
		return new RiskRegister(planId, plan.getTitle(), plan.programmeTermCapitalised(), options, filter, read.cell(),
				rows, RiskCounts.of(shown), canAdd, addHref, filter.heatMapHref(planId), filter.attentionHref(planId),
				filter.registerHref(planId));
	}

	/**
	 * A risk's page, in two statements however many mitigations and assessments it has.
	 * @throws NotFoundException if there is no such risk
	 */
	public RiskPage page(long riskId, Authentication reader) {
		Risk risk = this.risks.findForPage(riskId).orElseThrow(() -> new NotFoundException("Risk " + riskId));
		this.risks.fetchAssessments(riskId);
		RiskBandThresholds thresholds = this.bands.thresholds();
		RiskSummary summary = RiskSummary.of(risk, thresholds);
		LocalDate today = LocalDate.now(this.clock);

		List<RiskAssessment> assessments = risk.getAssessments().stream().sorted(RiskAssessment.CHRONOLOGICAL).toList();
		List<HistoryRow> history = assessments.stream()
			.map((a) -> new HistoryRow(DisplayDates.format(a.getAssessedOn()), a.getAssessedBy(), a.score(),
					a.score().band(thresholds), FormattedText.of(a.getNote())))
			.toList();
		RiskChart chart = RiskChart.of(
				assessments.stream().map((a) -> new RiskChart.Assessment(a.getAssessedOn(), a.score())).toList(),
				risk.getTargetScore(), thresholds);
		List<MitigationRow> mitigations = risk.getMitigations()
			.stream()
			.sorted(Comparator.comparingInt(RiskMitigation::getPosition))
			.map((m) -> new MitigationRow(m.getId(), FormattedText.of(m.getDescription()), m.getOwner(), m.getStatus()))
			.toList();
		Integer target = risk.getTargetScore();
		RiskBand targetBand = (target != null && target >= RiskScore.MIN_VALUE && target <= RiskScore.MAX_VALUE)
				? thresholds.bandOf(target) : null;
		ImprovementProgramme programme = risk.getProgramme();
		return new RiskPage(summary, risk.getPlan().getTitle(),
				(programme != null) ? risk.getPlan().programmeLabel(programme.getNumber()) : null,
				FormattedText.of(risk.getDescription()), FormattedText.of(risk.getImpactDescription()),
				RiskMovement.of(summary.score(), summary.previousScore()), targetBand,
				DisplayDates.format(summary.reviewDate()), isReviewOverdue(summary, today),
				DisplayDates.format(summary.lastAssessedOn()), attention(summary, today), mitigations, history, chart,
				registerHref(summary), this.editors.mayEdit(reader, summary.programmeId()));
	}

	/**
	 * The register the risk is on: its programme's, or the corporate and plan-wide risks.
	 */
	private static String registerHref(RiskSummary risk) {
		return new RiskFilter(risk.programmeId(), risk.isCorporate(),
				risk.isOpen() ? RiskFilter.Status.OPEN : RiskFilter.Status.ALL)
			.registerHref(risk.planId());
	}

	private static boolean isReviewOverdue(RiskSummary risk, LocalDate today) {
		return risk.attentionReasons(today).contains(AttentionReason.REVIEW_OVERDUE);
	}

	private static List<Attention> attention(RiskSummary risk, LocalDate today) {
		Set<AttentionReason> reasons = risk.attentionReasons(today);
		List<String> arguments = Arrays.asList(DisplayDates.format(risk.reviewDate()),
				(risk.previousScore() != null) ? Integer.toString(risk.previousScore().value()) : null,
				(risk.score() != null) ? Integer.toString(risk.score().value()) : null);
		return reasons.stream()
			.map((reason) -> new Attention(reason, "riskPage.attention." + reason.name(), arguments))
			.toList();
	}

}
