package org.waymark.risk;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.Plan;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.risk.RiskFilter.ProgrammeOption;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The plan-wide views of the risk registers: the heat map and the attention list.
 * Everyone signed in reads them (risks have no draft state). Each costs the same five
 * statements however many risks, mitigations and assessments the plan has: the plan, its
 * programmes and {@link RiskQueries#risksOfPlan}.
 */
@Service
@Transactional(readOnly = true)
public class RiskOverviews {

	private final EntityManager entityManager;

	private final ProgrammeQueries programmes;

	private final RiskQueries risks;

	private final RiskBands bands;

	private final Clock clock;

	RiskOverviews(EntityManager entityManager, ProgrammeQueries programmes, RiskQueries risks, RiskBands bands,
			Clock clock) {
		this.entityManager = entityManager;
		this.programmes = programmes;
		this.risks = risks;
		this.bands = bands;
		this.clock = clock;
	}

	/**
	 * The plan's heat map.
	 * @param programme the register's programme filter (blank, {@code corporate} or a
	 * programme id)
	 * @param status the register's status filter (blank for open, open, closed or all)
	 * @param showPrevious whether to mark where moved risks were at the assessment before
	 * @throws NotFoundException if there is no such plan
	 * @throws UnknownRiskFilterException for a filter value that is not one of the plan's
	 */
	public RiskHeatMapPage heatMap(long planId, String programme, String status, boolean showPrevious) {
		Plan plan = plan(planId);
		List<ProgrammeOption> options = options(plan);
		RiskFilter filter = RiskFilter.parse(programme, status, options.stream().map(ProgrammeOption::id).toList());
		RiskBandThresholds thresholds = this.bands.thresholds();
		return new RiskHeatMapPage(planId, plan.getTitle(), plan.programmeTermCapitalised(), options, filter,
				showPrevious, RiskHeatMap.of(this.risks.risksOfPlan(planId), thresholds, filter),
				RiskHeatMap.legend(thresholds));
	}

	/**
	 * The plan's open risks needing attention today.
	 * @param programme the register's programme filter (blank, {@code corporate} or a
	 * programme id)
	 * @throws NotFoundException if there is no such plan
	 * @throws UnknownRiskFilterException for a programme that is not one of the plan's
	 */
	public RiskAttentionPage attention(long planId, String programme) {
		Plan plan = plan(planId);
		List<ProgrammeOption> options = options(plan);
		RiskFilter filter = RiskFilter.parse(programme, null, options.stream().map(ProgrammeOption::id).toList());
		LocalDate today = LocalDate.now(this.clock);
		return new RiskAttentionPage(planId, plan.getTitle(), plan.programmeTermCapitalised(), options, filter,
				DisplayDates.format(today), RiskAttentionList.of(this.risks.risksOfPlan(planId), filter, today));
	}

	private Plan plan(long planId) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		return plan;
	}

	private List<ProgrammeOption> options(Plan plan) {
		return this.programmes.programmesOf(plan.getId())
			.stream()
			.map((p) -> new ProgrammeOption(p.getId(), p.getNumber(), plan.programmeLabel(p.getNumber()), p.getTitle()))
			.toList();
	}

	/**
	 * The heat map page: the plan, the filter and its choices, the grid and its legend.
	 */
	public record RiskHeatMapPage(long planId, String planTitle, String programmeTerm, List<ProgrammeOption> programmes,
			RiskFilter filter, boolean showPrevious, RiskHeatMap heatMap, List<RiskHeatMap.BandRange> legend) {

		public List<RiskFilter.Status> statuses() {
			return List.of(RiskFilter.Status.values());
		}

		/** The register, filtered as the heat map is. */
		public String registerHref() {
			return this.filter.registerHref(this.planId);
		}

		/** The attention list, for the heat map's programme. */
		public String attentionHref() {
			return this.filter.attentionHref(this.planId);
		}

		/** The register, filtered as the heat map is, showing the risks of one cell. */
		public String cellHref(RiskHeatMap.Cell cell) {
			return this.filter.registerHref(this.planId, new RiskScore(cell.likelihood(), cell.impact()));
		}

		/** The words for a likelihood rating, "Almost certain" for 5. */
		public String likelihoodKey(int likelihood) {
			return "risk.likelihood." + likelihood;
		}

		/** The words for an impact rating, "Catastrophic" for 5. */
		public String impactKey(int impact) {
			return "risk.impact." + impact;
		}

		/** The class that colours a cell or legend entry of the band. */
		public String bandClass(RiskBand band) {
			return "waymark-heat-map__cell--" + band.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The attention list page: the plan, the programme filter and the risks by reason.
	 */
	public record RiskAttentionPage(long planId, String planTitle, String programmeTerm,
			List<ProgrammeOption> programmes, RiskFilter filter, String today, RiskAttentionList attention) {

		/** The label of a risk's programme, "Priority 3"; null for a corporate risk. */
		public String programmeLabel(Long programmeId) {
			return ProgrammeOption.labelOf(this.programmes, programmeId);
		}

		/** A date as the pages write it, "31 May 2019". */
		public String date(LocalDate date) {
			return DisplayDates.format(date);
		}

		/** The register, for the attention list's programme (open risks). */
		public String registerHref() {
			return this.filter.registerHref(this.planId);
		}

		/** The heat map, for the attention list's programme (open risks). */
		public String heatMapHref() {
			return this.filter.heatMapHref(this.planId);
		}

	}

}
