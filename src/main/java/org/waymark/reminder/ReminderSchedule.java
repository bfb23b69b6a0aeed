package org.waymark.reminder;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the daily reminders at the time waymark.reminders.cron says (7am UK time by
 * default; "-" turns them off). The work is {@link Reminders#remindDaily()}, which tests
 * call directly with a fixed clock.
 */
@Configuration
@EnableScheduling
class ReminderSchedule {

	private final Reminders reminders;

	ReminderSchedule(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${waymark.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	void daily() {
		this.reminders.remindDaily();
	}

}
