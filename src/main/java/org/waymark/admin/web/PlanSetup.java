package org.waymark.admin.web;

import org.waymark.plan.Plan;
import org.waymark.plan.PlanStatus;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.programme.ImprovementProgramme;

import java.util.List;
import java.util.function.Predicate;

/**
 * How far a plan's set-up has got, task by task, for its task list page. Retired
 * programmes are left out: nothing more is asked of them.
 *
 * @param details the title, years and vision (complete once there is a vision)
 * @param programmes at least one programme
 * @param groups every programme has a delivery group with a named chair
 * @param owners every programme names its senior responsible owners and scrutiny
 * champions
 * @param leads every programme has an enabled lead who can write its reports
 * @param calendar every quarter exists and one has been opened
 * @param activation the plan is active (or closed)
 */
public record PlanSetup(TaskStatus details, TaskStatus programmes, TaskStatus groups, TaskStatus owners,
		TaskStatus leads, TaskStatus calendar, TaskStatus activation) {

	static PlanSetup of(Plan plan, List<ImprovementProgramme> all, List<ReportingPeriod> periods,
			Predicate<ImprovementProgramme> hasLead) {
		List<ImprovementProgramme> inUse = all.stream().filter((p) -> !p.isRetired()).toList();
		TaskStatus details = blank(plan.getVision()) ? TaskStatus.INCOMPLETE : TaskStatus.COMPLETED;
		TaskStatus programmes = inUse.isEmpty() ? TaskStatus.NOT_STARTED : TaskStatus.COMPLETED;
		TaskStatus groups = programmes == TaskStatus.NOT_STARTED ? TaskStatus.CANNOT_START
				: progress(inUse.stream()
					.filter((p) -> p.getDeliveryGroup() != null && !blank(p.getDeliveryGroup().getChairName()))
					.count(), inUse.size());
		TaskStatus owners = programmes == TaskStatus.NOT_STARTED ? TaskStatus.CANNOT_START
				: progress(inUse.stream()
					.filter((p) -> !blank(p.getSeniorResponsibleOwners()) && !blank(p.getScrutinyChampions()))
					.count(), inUse.size());
		TaskStatus leads = programmes == TaskStatus.NOT_STARTED ? TaskStatus.CANNOT_START
				: progress(inUse.stream().filter(hasLead).count(), inUse.size());
		TaskStatus calendar;
		if (periods.isEmpty()) {
			calendar = TaskStatus.NOT_STARTED;
		}
		else {
			boolean allThere = plan.quartersMissingFrom(periods.stream().map(ReportingPeriod::quarter).toList())
				.isEmpty();
			boolean opened = periods.stream().anyMatch((p) -> p.getState() != ReportingPeriodState.UPCOMING);
			calendar = (allThere && opened) ? TaskStatus.COMPLETED : TaskStatus.INCOMPLETE;
		}
		TaskStatus activation;
		if (plan.getStatus() != PlanStatus.DRAFT) {
			activation = TaskStatus.COMPLETED;
		}
		else {
			activation = (inUse.isEmpty() || periods.isEmpty()) ? TaskStatus.CANNOT_START : TaskStatus.NOT_STARTED;
		}
		return new PlanSetup(details, programmes, groups, owners, leads, calendar, activation);
	}

	/** How many tasks are completed, for "You have completed 3 of 7 tasks". */
	public int completed() {
		return (int) tasks().stream().filter((status) -> status == TaskStatus.COMPLETED).count();
	}

	/** How many tasks there are. */
	public int total() {
		return tasks().size();
	}

	private List<TaskStatus> tasks() {
		return List.of(this.details, this.programmes, this.groups, this.owners, this.leads, this.calendar,
				this.activation);
	}

	private static TaskStatus progress(long done, int of) {
		if (done == of) {
			return TaskStatus.COMPLETED;
		}
		return (done == 0) ? TaskStatus.NOT_STARTED : TaskStatus.INCOMPLETE;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
