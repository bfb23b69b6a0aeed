package org.waymark.action;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Decides whether an action is overdue. An action past its deadline and not complete is
 * shown as overdue whatever rating its owner last gave it, so a stale Green cannot hide a
 * missed deadline.
 */
public final class OverdueRule {

	private OverdueRule() {
	}

	/**
	 * Whether an action is overdue on a given day.
	 * @param deadline the action's deadline date, or {@code null} when the deadline is a
	 * phrase such as "Incremental during 2018/19", which can never be missed
	 * @param brag the action's latest rating, or {@code null} if it has not been rated,
	 * which counts as not complete
	 * @param today the day to judge on
	 * @return {@code true} if today is after the deadline and the action is not Blue; an
	 * action is still in time on its deadline day
	 */
	public static boolean isOverdue(LocalDate deadline, Brag brag, LocalDate today) {
		Objects.requireNonNull(today, "today");
		if (deadline == null || brag == Brag.BLUE) {
			return false;
		}
		return today.isAfter(deadline);
	}

}
