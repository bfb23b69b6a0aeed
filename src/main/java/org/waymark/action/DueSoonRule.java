package org.waymark.action;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Decides whether an action is due soon: its deadline falls in the next
 * {@value #WINDOW_DAYS} days and it is not complete. It is the other side of
 * {@link OverdueRule}: on its deadline day an action is due soon (it is still in time),
 * the day after it is overdue, so no action is ever both.
 */
public final class DueSoonRule {

	/** How far ahead "soon" looks, in days. */
	public static final int WINDOW_DAYS = 30;

	private DueSoonRule() {
	}

	/**
	 * Whether an action is due soon on a given day.
	 * @param deadline the action's deadline date, or {@code null} for a phrase deadline,
	 * which is never due
	 * @param brag the action's latest rating, or {@code null} if it has not been rated
	 * @param today the day to judge on
	 * @return {@code true} if today is before the deadline, the deadline is at most
	 * {@value #WINDOW_DAYS} days away, and the action is not Blue
	 */
	public static boolean isDueSoon(LocalDate deadline, Brag brag, LocalDate today) {
		Objects.requireNonNull(today, "today");
		if (deadline == null || brag == Brag.BLUE) {
			return false;
		}
		return today.isBefore(deadline) && !deadline.isAfter(today.plusDays(WINDOW_DAYS));
	}

}
