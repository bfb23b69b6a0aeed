package org.waymark.action;

import org.waymark.shared.DisplayDates;

import java.time.LocalDate;

/**
 * One action as a line in a list across action plans (the coverage of a recommendation,
 * the deadlines list): where it sits, the first line of what it says, who owns it, when
 * it is due and how it is rated.
 *
 * @param actionPlanId the action plan it belongs to, whose page shows it in full
 * @param programmeLabel the programme in its plan's term, "Priority 3"
 * @param year the action plan's financial year, e.g. "2018/19"
 * @param firstLine the first line of its description
 * @param owners its owners as written, or {@code null}
 * @param deadlineAsWritten its deadline as written, or the date when nothing was written;
 * {@code null} when it has no deadline
 * @param deadline its due date, written out ("31 March 2019"), or {@code null} for a
 * phrase deadline
 * @param brag its current rating, or {@code null} when not yet rated
 * @param overdue whether it is past its deadline and not Blue ({@link OverdueRule})
 */
public record ActionListing(long actionId, long actionPlanId, long programmeId, int programmeNumber,
		String programmeLabel, String programmeTitle, String year, int objectiveNumber, String firstLine, String owners,
		String deadlineAsWritten, String deadline, Brag brag, boolean overdue) {

	/**
	 * Reads the action; its objective, action plan and programme must be loaded, and the
	 * programme's plan should be (the pages listing actions load their plan first).
	 */
	static ActionListing of(Action action, LocalDate today) {
		Objective objective = action.getObjective();
		ActionPlan plan = objective.getActionPlan();
		String written = action.getDeadlineText();
		String date = DisplayDates.format(action.getDeadline());
		return new ActionListing(action.getId(), plan.getId(), plan.getProgramme().getId(),
				plan.getProgramme().getNumber(), plan.getProgramme().label(), plan.getProgramme().getTitle(),
				plan.financialYear().label(), objective.getNumber(), firstLine(action.getDescription()),
				blankToNull(action.getOwners()), (written != null && !written.isBlank()) ? written.strip() : date, date,
				action.getBrag(), action.isOverdue(today));
	}

	/**
	 * Whether the deadline as written says more than its date (parts, a phrase), so that
	 * a list shows both.
	 */
	public boolean deadlineWrittenDiffers() {
		return this.deadlineAsWritten != null && !this.deadlineAsWritten.equals(this.deadline);
	}

	/** The first line of text that is not blank; the whole text when it has one line. */
	static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				return line.strip();
			}
		}
		return "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
