package org.waymark.reminder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReminderDaysTest {

	private final ReminderDays sevenAndOne = new ReminderDays(List.of(1, 7));

	@Test
	void reminderIsOwedFromItsDayUntilTheNextOne() {
		assertThat(this.sevenAndOne.owed(8)).isEmpty();
		assertThat(this.sevenAndOne.owed(7)).contains(7);
		assertThat(this.sevenAndOne.owed(2)).contains(7);
		assertThat(this.sevenAndOne.owed(1)).contains(1);
	}

	@Test
	void onTheDueDateTheLastReminderIsStillOwedButNotAfterIt() {
		assertThat(this.sevenAndOne.owed(0)).contains(1);
		assertThat(this.sevenAndOne.owed(-1)).isEmpty();
	}

	@Test
	void daysAreTakenInAnyOrderAndOnceEach() {
		assertThat(new ReminderDays(List.of(7, 1, 7)).days()).containsExactly(1, 7);
	}

	@Test
	void negativeDaysAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReminderDays(List.of(7, -1)));
	}

	@Test
	void noDaysMeansNoRemindersBeforeTheDueDate() {
		assertThat(new ReminderDays(List.of()).owed(0)).isEmpty();
	}

}
