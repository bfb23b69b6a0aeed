package org.waymark.reminder;

import java.util.Locale;

/**
 * One reminder to one person: of a kind, for a programme's quarter, and for kinds sent
 * more than once, the days before the due date. Email addresses compare ignoring case.
 */
record ReminderKey(ReminderKind kind, long periodId, Long programmeId, String email, Integer daysBefore) {

	ReminderKey {
		email = email.toLowerCase(Locale.ROOT);
	}

}
