package org.waymark.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.shared.NotFoundException;

import java.time.LocalDate;
import java.util.List;

/**
 * The business manager's changes to plans and their reporting calendars. Each change is
 * written to the audit log in the same transaction. Callers check that the user is an
 * admin.
 */
@Service
@Transactional
public class PlanAdministration {

	private final PlanRepository plans;

	private final ReportingPeriodRepository periods;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	PlanAdministration(PlanRepository plans, ReportingPeriodRepository periods, AuditLog audit,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.periods = periods;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Creates a draft plan.
	 * @throws PlanRuleException if another plan has the short name
	 */
	public Plan create(PlanDetails details) {
		refuseTakenShortName(details.shortName(), null);
		Plan plan = new Plan(details.title(), details.shortName(), details.first(), details.last());
		plan.setVision(details.vision());
		plan.nameProgrammes(details.programmeTerm(), details.programmeTermPlural());
		this.plans.save(plan);
		this.audit.record(AuditCategory.PLAN, "Created the plan " + plan.getTitle(), plan.getShortName());
		return plan;
	}

	/**
	 * Changes a plan's details. Its years may not shrink to leave out a quarter it has.
	 * @throws PlanRuleException if another plan has the short name, or a quarter would
	 * fall outside the plan
	 */
	public Plan update(long planId, PlanDetails details) {
		Plan plan = plan(planId);
		refuseTakenShortName(details.shortName(), planId);
		PlanSpan span = new PlanSpan(details.first(), details.last());
		for (ReportingPeriod period : this.periods.findByPlan(planId)) {
			if (!span.contains(period.quarter().year())) {
				throw new PlanRuleException("planForm.years.quartersOutside", period.label() + " is outside " + span);
			}
		}
		plan.describe(details.title(), details.shortName(), details.first(), details.last(), details.vision());
		plan.nameProgrammes(details.programmeTerm(), details.programmeTermPlural());
		this.audit.record(AuditCategory.PLAN, "Changed the details of the plan " + plan.getTitle(),
				plan.getShortName());
		return plan;
	}

	/**
	 * Makes a draft plan active.
	 * @param shown the status the confirmation page showed: a page older than the plan's
	 * status is refused rather than acted on
	 * @throws PlanRuleException if the plan is not (or no longer) a draft
	 */
	public void activate(long planId, PlanStatus shown) {
		Plan plan = plan(planId);
		if (plan.getStatus() != PlanStatus.DRAFT || shown != PlanStatus.DRAFT) {
			throw new PlanRuleException("planStatus.stale", "The plan is " + plan.getStatus());
		}
		plan.activate();
		this.audit.record(AuditCategory.PLAN, "Made the plan " + plan.getTitle() + " active", plan.getShortName());
	}

	/**
	 * Closes a plan.
	 * @param shown the status the confirmation page showed
	 * @throws PlanRuleException if the plan is already closed or the page was out of date
	 */
	public void close(long planId, PlanStatus shown) {
		Plan plan = plan(planId);
		if (plan.getStatus() == PlanStatus.CLOSED || shown != plan.getStatus()) {
			throw new PlanRuleException("planStatus.stale", "The plan is " + plan.getStatus());
		}
		plan.close();
		this.audit.record(AuditCategory.PLAN, "Closed the plan " + plan.getTitle(), plan.getShortName());
	}

	/**
	 * Creates every quarter of the plan's years that it does not have yet, upcoming and
	 * due {@link ReportingQuarter#defaultDueDate() by default}.
	 * @return how many quarters were created (none the second time)
	 */
	public int generateQuarters(long planId) {
		Plan plan = plan(planId);
		List<ReportingQuarter> missing = plan
			.quartersMissingFrom(this.periods.findByPlan(planId).stream().map(ReportingPeriod::quarter).toList());
		for (ReportingQuarter quarter : missing) {
			this.periods.save(new ReportingPeriod(plan, quarter, quarter.defaultDueDate()));
		}
		if (!missing.isEmpty()) {
			this.audit.record(AuditCategory.CALENDAR,
					"Generated " + missing.size() + " quarters of the plan " + plan.getTitle() + " ("
							+ missing.get(0).label() + " to " + missing.get(missing.size() - 1).label() + ")",
					plan.getShortName());
		}
		return missing.size();
	}

	/**
	 * Opens a quarter for returns (or again, after it was closed) and tells whoever
	 * listens, so that leads are reminded.
	 * @throws PlanRuleException if it is already open
	 */
	public ReportingPeriod openQuarter(long planId, long periodId, LocalDate due) {
		ReportingPeriod period = period(planId, periodId);
		if (period.getState() == ReportingPeriodState.OPEN) {
			throw new PlanRuleException("quarterState.stale", period.label() + " is already open");
		}
		boolean reopening = period.getState() == ReportingPeriodState.CLOSED;
		period.open(due);
		this.audit.record(AuditCategory.CALENDAR,
				(reopening ? "Reopened " : "Opened ") + period.label() + " for returns, due " + due,
				period.getPlan().getShortName());
		this.events.publishEvent(new QuarterOpened(planId, periodId));
		return period;
	}

	/**
	 * Moves an open quarter's due date.
	 * @throws PlanRuleException unless the quarter is open
	 */
	public ReportingPeriod changeDueDate(long planId, long periodId, LocalDate due) {
		ReportingPeriod period = period(planId, periodId);
		if (period.getState() != ReportingPeriodState.OPEN) {
			throw new PlanRuleException("quarterState.stale", period.label() + " is not open");
		}
		LocalDate before = period.getDueDate();
		period.changeDueDate(due);
		this.audit.record(AuditCategory.CALENDAR,
				"Changed the due date of " + period.label() + " from " + before + " to " + due,
				period.getPlan().getShortName());
		return period;
	}

	/**
	 * Closes an open quarter for returns.
	 * @param shown the state the confirmation page showed
	 * @throws PlanRuleException unless the quarter is (still) open
	 */
	public ReportingPeriod closeQuarter(long planId, long periodId, ReportingPeriodState shown) {
		ReportingPeriod period = period(planId, periodId);
		if (period.getState() != ReportingPeriodState.OPEN || shown != ReportingPeriodState.OPEN) {
			throw new PlanRuleException("quarterState.stale", period.label() + " is " + period.getState());
		}
		period.close();
		this.audit.record(AuditCategory.CALENDAR, "Closed " + period.label() + " for returns",
				period.getPlan().getShortName());
		return period;
	}

	private void refuseTakenShortName(String shortName, Long planId) {
		this.plans.findByShortNameIgnoreCase(shortName.strip())
			.filter((other) -> planId == null || !other.getId().equals(planId))
			.ifPresent((other) -> {
				throw new PlanRuleException("planForm.shortName.taken", shortName + " is taken");
			});
	}

	private Plan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan " + planId));
	}

	private ReportingPeriod period(long planId, long periodId) {
		return this.periods.findWithPlan(periodId)
			.filter((period) -> period.getPlan().getId() == planId)
			.orElseThrow(() -> new NotFoundException("Reporting period " + periodId + " of plan " + planId));
	}

}
