package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaskStatusTest {

	@ParameterizedTest(name = "{0} of {1} done: {2}")
	@CsvSource({ "0, 3, NOT_STARTED", "1, 3, IN_PROGRESS", "2, 3, IN_PROGRESS", "3, 3, COMPLETED", "0, 0, COMPLETED" })
	void partMadeOfSeveralItemsIsAsFarAsItsItems(int done, int total, TaskStatus expected) {
		assertThat(TaskStatus.of(done, total)).isEqualTo(expected);
	}

	@Test
	void onlyUnfinishedPartsStopSubmission() {
		assertThat(TaskStatus.NOT_STARTED.settled()).isFalse();
		assertThat(TaskStatus.IN_PROGRESS.settled()).isFalse();
		assertThat(TaskStatus.COMPLETED.settled()).isTrue();
		assertThat(TaskStatus.OPTIONAL.settled()).isTrue();
		assertThat(TaskStatus.NOT_APPLICABLE.settled()).isTrue();
	}

	@Test
	void unfinishedPartsAreTaggedAndFinishedOnesArePlainText() {
		assertThat(TaskStatus.NOT_STARTED.tagClass()).isEqualTo("govuk-tag--blue");
		assertThat(TaskStatus.IN_PROGRESS.tagClass()).isEqualTo("govuk-tag--light-blue");
		assertThat(TaskStatus.COMPLETED.tagClass()).isNull();
		assertThat(TaskStatus.OPTIONAL.tagClass()).isNull();
		assertThat(TaskStatus.NOT_APPLICABLE.tagClass()).isNull();
	}

}
