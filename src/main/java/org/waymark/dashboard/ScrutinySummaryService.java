package org.waymark.dashboard;

import jakarta.persistence.EntityManager;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.dashboard.RagView.Counts;
import org.waymark.dashboard.RagViewService.PlanQuarter;
import org.waymark.dashboard.ScrutinySummary.ProgrammeBlock;
import org.waymark.dashboard.SummarySentences.Line;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.HighlightReport;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportExemption;
import org.waymark.report.Rag;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReportSection;
import org.waymark.report.SectionType;
import org.waymark.report.StatusTrend;
import org.waymark.shared.DisplayDates;
import org.waymark.user.Role;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Builds the scrutiny summary from published information only, for every reader, admins
 * included: it is the partnership's published account of the quarter, so a draft or a
 * submitted report, a correction still being written and a draft action plan never show
 * in it. A fixed number of statements: the plan, its periods and programmes, the
 * quarter's and the previous quarter's returns, the sections of the reports shown, and
 * {@link QuarterItems}.
 */
@Service
@Transactional(readOnly = true)
public class ScrutinySummaryService {

	/** Published, whoever reads: the summary is the published view. */
	private static final Predicate<HighlightReport> PUBLISHED = HighlightReport::isPublished;

	static final int ACHIEVEMENTS = 2;

	static final int ITEM_LENGTH = 150;

	static final int REASON_LENGTH = 170;

	private final EntityManager entityManager;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final QuarterItems items;

	private final SummarySentences sentences;

	private final Clock clock;

	ScrutinySummaryService(EntityManager entityManager, PlanQueries plans, ProgrammeQueries programmes,
			ReportQueries reports, QuarterItems items, SummarySentences sentences, Clock clock) {
		this.entityManager = entityManager;
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.items = items;
		this.sentences = sentences;
		this.clock = clock;
	}

	/**
	 * @param periodId the quarter, or null for the latest with anything published
	 * @param reader decides only the order: a scrutiny councillor's championed programmes
	 * come first
	 * @throws org.waymark.shared.NotFoundException for a plan that does not exist, or a
	 * period that is not one of its
	 */
	public ScrutinySummary summary(long planId, Long periodId, Authentication reader) {
		PlanQuarter chosen = PlanQuarter.of(this.entityManager, this.plans, this.reports, planId, periodId);
		String today = DisplayDates.format(LocalDate.now(this.clock));
		ReportingPeriod selected = chosen.selected();
		if (selected == null) {
			return new ScrutinySummary(planId, chosen.plan().getTitle(), null, chosen.options(), null, List.of(),
					today);
		}
		ReportingPeriod previous = previous(chosen.periods(), selected);
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(planId);
		QuarterlyReturns returns = this.reports
			.returnsIn((previous != null) ? List.of(selected, previous) : List.of(selected));
		List<QuarterStatus> statuses = programmes.stream()
			.map((programme) -> QuarterStatus.of(returns.of(programme.getId(), selected), PUBLISHED))
			.toList();
		List<RagItem> all = this.items.of(planId, selected, statuses, false);
		Map<Long, List<ReportSection>> sections = this.reports
			.sectionsOf(statuses.stream().map(QuarterStatus::reportId).filter(Objects::nonNull).toList());
		WaymarkUser user = (reader != null && reader.getPrincipal() instanceof WaymarkUser principal) ? principal
				: null;
		List<ProgrammeBlock> blocks = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < programmes.size(); i++) {
			ImprovementProgramme programme = programmes.get(i);
			QuarterStatus status = statuses.get(i);
			ReportExemption exemption = returns.of(programme.getId(), selected).exemption();
			Rag before = (previous != null) ? returns.of(programme.getId(), previous).publishedStatus().orElse(null)
					: null;
			blocks.add(block(programme, status, (exemption != null) ? exemption.getReason() : null, before, sections,
					all, user != null && user.champions(programme.getId())));
			lines.add(new Line(programme.getNumber(), status.status(), status.reason()));
		}
		if (user != null && user.hasRole(Role.SCRUTINY)) {
			blocks.sort(Comparator.comparing((ProgrammeBlock block) -> !block.championed())
				.thenComparingInt(ProgrammeBlock::number));
		}
		Locale locale = LocaleContextHolder.getLocale();
		String opening = this.sentences.opening(this.sentences.months(selected.quarter(), locale),
				chosen.plan().getProgrammeTerm(), chosen.plan().getProgrammeTermPlural(), lines, locale);
		return new ScrutinySummary(planId, chosen.plan().getTitle(), RagViewService.period(selected), chosen.options(),
				opening, List.copyOf(blocks), today);
	}

	private static ProgrammeBlock block(ImprovementProgramme programme, QuarterStatus status, String exemptionReason,
			Rag before, Map<Long, List<ReportSection>> sections, List<RagItem> items, boolean championed) {
		List<String> achievements = List.of();
		String slippage = null;
		boolean slippageNil = false;
		if (status.reportId() != null) {
			for (ReportSection section : sections.getOrDefault(status.reportId(), List.of())) {
				if (section.getType() == SectionType.ACHIEVEMENTS && !section.isNilReturn()) {
					achievements = Excerpts.firstItems(section.getBody(), ACHIEVEMENTS, ITEM_LENGTH);
				}
				if (section.getType() == SectionType.SLIPPAGE) {
					slippageNil = section.isNilReturn();
					slippage = slippageNil ? null
							: Excerpts.firstItems(section.getBody(), 1, ITEM_LENGTH).stream().findFirst().orElse(null);
				}
			}
		}
		List<RagItem> own = items.stream()
			.filter((item) -> item.type() != RagItemType.STATUS)
			.filter((item) -> Objects.equals(item.programmeId(), programme.getId()))
			.toList();
		StatusTrend trend = (status.status() != null) ? StatusTrend.between(before, status.status()) : null;
		return new ProgrammeBlock(programme.getId(), programme.getNumber(), programme.getTitle(), championed,
				status.status(), trend, status.fromSummary(), Excerpts.shorten(status.reason(), REASON_LENGTH),
				achievements, slippage, slippageNil, exemptionReason, status.reportId(), Counts.of(own));
	}

	private static ReportingPeriod previous(List<ReportingPeriod> periods, ReportingPeriod selected) {
		ReportingQuarter wanted = selected.quarter().previous();
		return periods.stream().filter((p) -> p.quarter().equals(wanted)).findFirst().orElse(null);
	}

}
