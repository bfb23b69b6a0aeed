package org.waymark.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSearchTest {

	@Test
	void daysAreDaysInTheUkSummerTimeIncluded() {
		AuditSearch summer = new AuditSearch(null, null, null, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 7, 1));

		assertThat(summer.start()).isEqualTo(Instant.parse("2020-06-30T23:00:00Z"));
		assertThat(summer.end()).isEqualTo(Instant.parse("2020-07-01T23:00:00Z"));
	}

	@Test
	void inWinterTheUkDayIsTheUtcDay() {
		AuditSearch winter = new AuditSearch(null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));

		assertThat(winter.start()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
		assertThat(winter.end()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
	}

	@Test
	void noDatesNoBounds() {
		assertThat(AuditSearch.everything().start()).isNull();
		assertThat(AuditSearch.everything().end()).isNull();
	}

	@Test
	void blankTextIsNoFilter() {
		AuditSearch search = new AuditSearch(null, "  ", "", null, null);

		assertThat(search.actor()).isNull();
		assertThat(search.text()).isNull();
	}

	@Test
	void wildcardsTypedAreLookedForAsThemselves() {
		assertThat(AuditSearch.escapeLike("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
		assertThat(AuditSearch.escapeLike("Programme 3")).isEqualTo("Programme 3");
	}

}
