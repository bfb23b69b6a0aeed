package org.waymark.action;

import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.RecommendationCoverage.Covered;
import org.waymark.action.RecommendationEditing.Change;
import org.waymark.action.RecommendationEditing.Stored;
import org.waymark.action.RecommendationRegister.Entry;
import org.waymark.action.RecommendationRegister.SourceGroup;
import org.waymark.plan.Plan;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register of recommendations a plan's actions answer ("Ofsted 2017", 1 to 13), its
 * coverage by actions, and the administrator's changes to it. Everyone signed in reads
 * the register and its coverage (scrutiny without draft action plans); only
 * administrators change it.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

	private final RecommendationRepository recommendations;

	private final EntityManager entityManager;

	private final AccessPolicy access;

	private final Clock clock;

	RecommendationService(RecommendationRepository recommendations, EntityManager entityManager, AccessPolicy access,
			Clock clock) {
		this.recommendations = recommendations;
		this.entityManager = entityManager;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The plan's register, grouped by source (three queries).
	 * @throws NotFoundException if there is no such plan
	 */
	public RecommendationRegister register(long planId, Authentication reader) {
		Plan plan = plan(planId);
		Map<Long, Long> links = new HashMap<>();
		for (Object[] row : this.recommendations.countLinks(planId, visibleStatuses(reader))) {
			links.put((Long) row[0], (Long) row[1]);
		}
		Map<String, List<Entry>> bySource = new LinkedHashMap<>();
		for (Recommendation recommendation : this.recommendations.findByPlan(planId)) {
			bySource.computeIfAbsent(recommendation.getSource(), (source) -> new ArrayList<>())
				.add(new Entry(recommendation.getId(), recommendation.getNumber(), recommendation.getText(),
						links.getOrDefault(recommendation.getId(), 0L)));
		}
		return new RecommendationRegister(planId, plan.getTitle(),
				bySource.entrySet().stream().map((e) -> new SourceGroup(e.getKey(), e.getValue())).toList(),
				this.access.isAdmin(reader));
	}

	/**
	 * The coverage of one source's recommendations (five queries). Each action answering
	 * a recommendation is shown as its latest copy: an action carried forward into a
	 * later action plan lives on in the copy, and the copy's rating is the one that
	 * counts.
	 * @param source the source, or {@code null} for the plan's first
	 * @throws NotFoundException if there is no such plan, or the plan has no such source
	 */
	public RecommendationCoverage coverage(long planId, String source, Authentication reader) {
		Plan plan = plan(planId);
		List<String> sources = this.recommendations.sourcesOf(planId);
		if (sources.isEmpty() && source == null) {
			return new RecommendationCoverage(planId, plan.getTitle(), plan.programmeTermCapitalised(), sources, null,
					List.of());
		}
		String shown = (source != null) ? source : sources.get(0);
		if (!sources.contains(shown)) {
			throw new NotFoundException("Recommendation source of plan " + planId);
		}
		Set<ActionPlanStatus> statuses = visibleStatuses(reader);
		Map<Long, List<Action>> answering = new HashMap<>();
		for (Object[] row : this.recommendations.linksOfSource(planId, shown, statuses)) {
			answering.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add((Action) row[1]);
		}
		CarriedForward carried = new CarriedForward();
		for (Object[] row : this.recommendations.carriedCopies(planId, statuses)) {
			carried.add((Long) row[0], (Action) row[1]);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Covered> covered = new ArrayList<>();
		for (Recommendation recommendation : this.recommendations.findByPlan(planId)) {
			if (!recommendation.getSource().equals(shown)) {
				continue;
			}
			Set<Action> live = new LinkedHashSet<>();
			for (Action action : answering.getOrDefault(recommendation.getId(), List.of())) {
				live.add(carried.latestCopyOf(action));
			}
			List<Action> actions = live.stream().sorted(LISTING_ORDER).toList();
			covered.add(new Covered(recommendation.getId(), recommendation.getNumber(), recommendation.getText(),
					CoverageStatus.of(actions.stream().map(Action::getBrag).toList()),
					actions.stream().map((action) -> ActionListing.of(action, today)).toList()));
		}
		return new RecommendationCoverage(planId, plan.getTitle(), plan.programmeTermCapitalised(), sources, shown,
				covered);
	}

	/**
	 * What the page adding a recommendation needs. An unknown plan is not found whoever
	 * asks, as elsewhere: only then is the reader checked.
	 * @throws AccessDeniedException unless the reader is an administrator
	 * @throws NotFoundException if there is no such plan
	 */
	public RecommendationEditing adding(long planId, Authentication who) {
		Plan plan = plan(planId);
		requireAdmin(who);
		return new RecommendationEditing(planId, plan.getTitle(), plan.programmeTermCapitalised(),
				this.recommendations.sourcesOf(planId), null, List.of());
	}

	/**
	 * What the pages changing or removing a recommendation need: as stored, and the
	 * actions answering it.
	 * @throws AccessDeniedException unless the reader is an administrator
	 * @throws NotFoundException if the plan has no such recommendation
	 */
	public RecommendationEditing editing(long planId, long recommendationId, Authentication who) {
		Plan plan = plan(planId);
		Recommendation recommendation = recommendation(planId, recommendationId);
		requireAdmin(who);
		LocalDate today = LocalDate.now(this.clock);
		List<ActionListing> answeredBy = this.recommendations
			.actionsAnswering(recommendationId, EnumSet.allOf(ActionPlanStatus.class))
			.stream()
			.map((action) -> ActionListing.of(action, today))
			.toList();
		return new RecommendationEditing(planId, plan.getTitle(), plan.programmeTermCapitalised(),
				this.recommendations.sourcesOf(planId), new Stored(recommendation.getId(), recommendation.getSource(),
						recommendation.getNumber(), recommendation.getText(), recommendation.getVersion()),
				answeredBy);
	}

	/**
	 * Adds a recommendation to the plan's register.
	 * @return its id
	 * @throws DuplicateRecommendationException if the source already has the number
	 */
	@Transactional
	public long add(long planId, Change change, Authentication who) {
		requireAdmin(who);
		Plan plan = plan(planId);
		if (this.recommendations.numberTaken(planId, change.source(), change.number(), -1L)) {
			throw new DuplicateRecommendationException(change.source(), change.number());
		}
		return this.recommendations
			.saveAndFlush(new Recommendation(plan, change.source(), change.number(), change.text()))
			.getId();
	}

	/**
	 * Changes a recommendation's source, number and wording.
	 * @param version the version the change was made from
	 * @throws ObjectOptimisticLockingFailureException if it has changed since
	 * @throws DuplicateRecommendationException if another recommendation of the source
	 * has the number
	 */
	@Transactional
	public void change(long planId, long recommendationId, long version, Change change, Authentication who) {
		requireAdmin(who);
		Recommendation recommendation = recommendation(planId, recommendationId);
		if (recommendation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Recommendation.class, recommendationId);
		}
		if (this.recommendations.numberTaken(planId, change.source(), change.number(), recommendationId)) {
			throw new DuplicateRecommendationException(change.source(), change.number());
		}
		recommendation.renumber(change.source(), change.number());
		recommendation.setText(change.text());
		this.recommendations.flush();
	}

	/**
	 * Removes a recommendation no action answers.
	 * @param version the version the removal was asked for from
	 * @return the actions that answer it, which must be changed first; empty when it was
	 * removed
	 * @throws ObjectOptimisticLockingFailureException if it has changed since
	 */
	@Transactional
	public List<ActionListing> remove(long planId, long recommendationId, long version, Authentication who) {
		requireAdmin(who);
		Recommendation recommendation = recommendation(planId, recommendationId);
		if (recommendation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Recommendation.class, recommendationId);
		}
		LocalDate today = LocalDate.now(this.clock);
		List<ActionListing> answeredBy = this.recommendations
			.actionsAnswering(recommendationId, EnumSet.allOf(ActionPlanStatus.class))
			.stream()
			.map((action) -> ActionListing.of(action, today))
			.toList();
		if (answeredBy.isEmpty()) {
			this.recommendations.delete(recommendation);
			this.recommendations.flush();
		}
		return answeredBy;
	}

	/** The action plan statuses whose actions the reader may see. */
	private Set<ActionPlanStatus> visibleStatuses(Authentication reader) {
		return this.access.canReadDraftActionPlans(reader) ? EnumSet.allOf(ActionPlanStatus.class)
				: EnumSet.of(ActionPlanStatus.FINAL);
	}

	private void requireAdmin(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only administrators change the register of recommendations");
		}
	}

	private Plan plan(long planId) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		return plan;
	}

	private Recommendation recommendation(long planId, long recommendationId) {
		return this.recommendations.findInPlan(planId, recommendationId)
			.orElseThrow(() -> new NotFoundException("Recommendation " + recommendationId + " of plan " + planId));
	}

	/** Year, programme, objective, then position in the objective. */
	static final Comparator<Action> LISTING_ORDER = Comparator
		.comparingInt((Action a) -> a.getObjective().getActionPlan().financialYear().startYear())
		.thenComparingInt((a) -> a.getObjective().getActionPlan().getProgramme().getNumber())
		.thenComparingInt((a) -> a.getObjective().getPosition())
		.thenComparingInt(Action::getPosition);

}
