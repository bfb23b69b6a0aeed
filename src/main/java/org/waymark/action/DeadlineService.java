package org.waymark.action;

import jakarta.persistence.EntityManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.Deadlines.ProgrammeOption;
import org.waymark.action.Deadlines.Row;
import org.waymark.plan.Plan;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deadlines list of a plan: actions overdue ({@link OverdueRule}) and due in the next
 * {@value DueSoonRule#WINDOW_DAYS} days ({@link DueSoonRule}), across the action plans of
 * the plan's programmes. Complete (Blue) actions and actions carried forward into a later
 * plan (the copy is the live one) are left out; scrutiny does not see draft action plans.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

	private final RecommendationRepository actions;

	private final ProgrammeQueries programmes;

	private final EntityManager entityManager;

	private final AccessPolicy access;

	private final Clock clock;

	DeadlineService(RecommendationRepository actions, ProgrammeQueries programmes, EntityManager entityManager,
			AccessPolicy access, Clock clock) {
		this.actions = actions;
		this.programmes = programmes;
		this.entityManager = entityManager;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The plan's deadlines (four queries).
	 * @param programmeId one of the plan's programmes, or {@code null} for all
	 * @param owner one owner (a job title as split by {@link ActionOwners}), or
	 * {@code null} for all
	 * @throws NotFoundException if there is no such plan, or the programme is not one of
	 * its programmes
	 */
	public Deadlines deadlines(long planId, Long programmeId, String owner, Authentication reader) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		List<ProgrammeOption> options = this.programmes.programmesOf(planId)
			.stream()
			.map((p) -> new ProgrammeOption(p.getId(), p.getNumber(), p.getTitle()))
			.toList();
		if (programmeId != null && options.stream().noneMatch((option) -> option.id() == programmeId)) {
			throw new NotFoundException("Programme " + programmeId + " of plan " + planId);
		}
		Set<ActionPlanStatus> statuses = this.access.canReadDraftActionPlans(reader)
				? EnumSet.allOf(ActionPlanStatus.class) : EnumSet.of(ActionPlanStatus.FINAL);
		Set<Long> superseded = new HashSet<>(this.actions.supersededIds(planId, statuses));
		LocalDate today = LocalDate.now(this.clock);
		List<Action> listed = new ArrayList<>();
		Set<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (Action action : this.actions.openDatedActions(planId, programmeId, statuses)) {
			if (superseded.contains(action.getId())) {
				continue;
			}
			if (action.isOverdue(today) || DueSoonRule.isDueSoon(action.getDeadline(), action.getBrag(), today)) {
				listed.add(action);
				owners.addAll(ActionOwners.split(action.getOwners()));
			}
		}
		String chosenOwner = (owner == null || owner.isBlank()) ? null : owner.strip();
		Comparator<Action> byDeadline = Comparator.comparing(Action::getDeadline)
			.thenComparing(RecommendationService.LISTING_ORDER);
		List<Row> overdue = new ArrayList<>();
		List<Row> dueSoon = new ArrayList<>();
		for (Action action : listed.stream().sorted(byDeadline).toList()) {
			if (chosenOwner != null && ActionOwners.split(action.getOwners())
				.stream()
				.noneMatch((named) -> named.equalsIgnoreCase(chosenOwner))) {
				continue;
			}
			long days = ChronoUnit.DAYS.between(today, action.getDeadline());
			if (action.isOverdue(today)) {
				overdue.add(new Row(ActionListing.of(action, today), -days));
			}
			else {
				dueSoon.add(new Row(ActionListing.of(action, today), days));
			}
		}
		return new Deadlines(planId, plan.getTitle(), plan.programmeTermCapitalised(), DisplayDates.format(today),
				options, programmeId, List.copyOf(owners), chosenOwner, overdue, dueSoon);
	}

}
