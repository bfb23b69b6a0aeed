package org.waymark.risk;

import java.util.List;

/**
 * Where a person may add a risk to a plan's register: the programmes they may change, and
 * whether they may add a plan-wide or corporate risk (admins only).
 */
public record NewRiskChoices(long planId, String planTitle, List<Programme> programmes, boolean corporateAllowed) {

	/**
	 * A programme of the plan whose register the person may add to.
	 *
	 * @param label the programme in its plan's term, "Priority 3"
	 */
	public record Programme(long id, int number, String label, String title) {

	}

}
