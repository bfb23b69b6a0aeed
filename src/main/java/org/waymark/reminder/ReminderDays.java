package org.waymark.reminder;

import java.util.List;
import java.util.Optional;

/**
 * When leads are reminded before their report is due: the days before the due date
 * (waymark.reminders.days-before-due, e.g. 7 and 1). Each is one reminder; a day the job
 * did not run is made up the next day it does, so a reminder is never lost, only late.
 *
 * @param days the days before the due date, each at least 0
 */
record ReminderDays(List<Integer> days) {

	ReminderDays {
		if (days.stream().anyMatch((day) -> day == null || day < 0)) {
			throw new IllegalArgumentException("Days before the due date must be 0 or more: " + days);
		}
		days = days.stream().distinct().sorted().toList();
	}

	/**
	 * The reminder a report due in {@code daysLeft} days is owed: the nearest of the
	 * configured days that is not before today; none once the due date has passed, or
	 * when it is further off than any of them.
	 */
	Optional<Integer> owed(long daysLeft) {
		if (daysLeft < 0) {
			return Optional.empty();
		}
		return this.days.stream().filter((day) -> day >= daysLeft).findFirst();
	}

}
