package org.waymark.report;

import org.waymark.action.ActionPlanStatus;
import org.waymark.action.Brag;
import org.waymark.report.HighlightReportView.Header;
import org.waymark.shared.FormattedText;

import java.util.List;
import java.util.stream.Stream;

/**
 * The action updates of a report being written, as their form shows them: the programme's
 * action plan for the report's year, objective by objective, each action with this
 * quarter's update, last quarter's, and whether it is overdue.
 *
 * @param fingerprint the quarter's updates as stored, sent back with the save
 * @param year the financial year, "2018/19"
 * @param plan the action plan, or null when the programme has none for the year
 * @param previousQuarter the quarter before, "2017/18 Q4", whose updates are shown
 */
public record ActionUpdatesDraft(Header header, String fingerprint, String year, Plan plan, String previousQuarter) {

	/** Every action, in the plan's order (the order the form numbers its fields in). */
	public List<ActionRow> actions() {
		if (this.plan == null) {
			return List.of();
		}
		return this.plan.objectives()
			.stream()
			.flatMap((objective) -> Stream.concat(objective.actions().stream(),
					objective.subObjectives().stream().flatMap((sub) -> sub.actions().stream())))
			.toList();
	}

	/** How many actions are overdue today. */
	public long overdueCount() {
		return actions().stream().filter(ActionRow::overdue).count();
	}

	/**
	 * The action plan.
	 *
	 * @param title as the plan is titled, "CYPP, Programme 6, Action Plan 2018/19"
	 * @param versionLabel "FINAL MAY (4.5.18)", or null
	 */
	public record Plan(String title, String versionLabel, ActionPlanStatus status, List<ObjectiveRows> objectives) {
	}

	/**
	 * A numbered objective: the actions directly under it, then its lettered
	 * sub-objectives with theirs.
	 */
	public record ObjectiveRows(int number, String title, String lead, List<ActionRow> actions,
			List<SubObjectiveRows> subObjectives) {
	}

	public record SubObjectiveRows(String letter, String title, String lead, List<ActionRow> actions) {
	}

	/**
	 * One action.
	 *
	 * @param index the action's place in the plan; its form fields are
	 * {@code actions[index]}
	 * @param number "2.3": the objective's number and the action's place in it
	 * @param deadline the deadline as written, or the date
	 * @param overdue past its deadline and not complete by its latest rating (this
	 * quarter's if given, else last quarter's, else the plan's)
	 * @param saved this quarter's update as saved
	 * @param previousBrag last quarter's rating, or null
	 * @param previousCommentary last quarter's commentary, empty when there is none
	 */
	public record ActionRow(int index, long id, String number, FormattedText description, String owners,
			FormattedText deadline, boolean overdue, ActionUpdateInput saved, Brag previousBrag,
			FormattedText previousCommentary) {
	}

}
