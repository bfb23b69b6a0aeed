package org.waymark.action;

import java.util.List;

/**
 * A plan's overdue actions and those due in the next {@value DueSoonRule#WINDOW_DAYS}
 * days, for all its programmes or one, and for all owners or one.
 *
 * @param programmeTerm what the plan calls a programme, capitalised: "Priority"
 * @param today the day the lists were judged on, written out
 * @param programmes the plan's programmes, for the filter
 * @param programmeId the programme chosen, or {@code null} for all
 * @param owners every owner of the actions listed for the programme(s) chosen, sorted
 * @param owner the owner chosen, or {@code null} for all
 * @param overdue overdue actions, longest overdue first
 * @param dueSoon actions due soon, soonest first
 */
public record Deadlines(long planId, String planTitle, String programmeTerm, String today,
		List<ProgrammeOption> programmes, Long programmeId, List<String> owners, String owner, List<Row> overdue,
		List<Row> dueSoon) {

	public Deadlines {
		programmes = List.copyOf(programmes);
		owners = List.copyOf(owners);
		overdue = List.copyOf(overdue);
		dueSoon = List.copyOf(dueSoon);
	}

	/** A programme to filter by. */
	public record ProgrammeOption(long id, int number, String title) {
	}

	/**
	 * An action in one of the lists.
	 *
	 * @param days days overdue, or days until it is due
	 */
	public record Row(ActionListing action, long days) {
	}

}
