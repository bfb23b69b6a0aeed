package org.waymark.action.transfer;

import java.util.List;

/**
 * The columns of an action plan spreadsheet, in the order Waymark writes them. The import
 * matches them by name in any order; only {@link #OBJECTIVE_NUMBER} and {@link #ACTION}
 * are required, and a column left out of a file leaves that field of existing actions as
 * it is. docs/import-formats.md describes each.
 */
public final class ActionPlanColumns {

	public static final String ACTION_ID = "Action ID";

	public static final String OBJECTIVE_NUMBER = "Objective number";

	public static final String OBJECTIVE_TITLE = "Objective title";

	public static final String OBJECTIVE_LEAD = "Objective lead";

	public static final String SUB_OBJECTIVE_LETTER = "Sub-objective letter";

	public static final String SUB_OBJECTIVE_TITLE = "Sub-objective title";

	public static final String SUB_OBJECTIVE_LEAD = "Sub-objective lead";

	public static final String RECOMMENDATIONS = "Recommendations";

	public static final String ACTION = "Action";

	public static final String OWNER = "Action owner";

	public static final String DEADLINE = "Deadline";

	public static final String BRAG = "BRAG";

	public static final String KPIS = "Key performance indicators";

	public static final String OUTCOME = "Outcome";

	public static final List<String> ALL = List.of(ACTION_ID, OBJECTIVE_NUMBER, OBJECTIVE_TITLE, OBJECTIVE_LEAD,
			SUB_OBJECTIVE_LETTER, SUB_OBJECTIVE_TITLE, SUB_OBJECTIVE_LEAD, RECOMMENDATIONS, ACTION, OWNER, DEADLINE,
			BRAG, KPIS, OUTCOME);

	public static final List<String> REQUIRED = List.of(OBJECTIVE_NUMBER, ACTION);

	private ActionPlanColumns() {
	}

}
