package org.waymark.reminder;

import org.waymark.shared.DisplayDates;

import java.time.ZoneId;
import java.util.List;

/**
 * The reminders an admin looks through, newest first, and the quarters they can be
 * filtered by.
 *
 * @param more whether older reminders match than are listed
 * @param mailConfigured whether reminders go by email; if not, they are listed only
 */
public record ReminderListing(List<Quarter> quarters, List<Reminder> reminders, boolean more, boolean mailConfigured,
		ZoneId zone) {

	/** "12 January 2018 at 9:05am". */
	public String when(Reminder reminder) {
		return DisplayDates.format(reminder.getCreatedAt(), this.zone);
	}

	/** A quarter something was sent for. */
	public record Quarter(long periodId, String planTitle, String label) {
	}

}
