package org.waymark.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "31st March 2019 | 2019-03-31", "1st June 2018 | 2018-06-01", "2nd May 2018 | 2018-05-02",
					"23rd May 2018 | 2018-05-23", "10 March 2018 | 2018-03-10", "31 Mar 2019 | 2019-03-31",
					"1 Sept 2018 | 2018-09-01", "31/03/2019 | 2019-03-31", "2019-03-31 | 2019-03-31",
					"presented to LSCB in July 2018 | 2018-07-31", "end February 2020 | 2020-02-29" })
	void singleDateIsTheDueDate(String asWritten, LocalDate due) {
		DeadlineText deadline = DeadlineText.parse(asWritten);

		assertThat(deadline.dueDate()).isEqualTo(due);
		assertThat(deadline.parts()).isEmpty();
		assertThat(deadline.asWritten()).isEqualTo(asWritten);
		assertThat(deadline.hasProblem()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Incremental during 2018/19 -see KPIs for targets", "Developed during the 2018/2019 year",
			"Ongoing", "By year end" })
	void phraseHasNoDueDate(String asWritten) {
		DeadlineText deadline = DeadlineText.parse(asWritten);

		assertThat(deadline.dueDate()).isNull();
		assertThat(deadline.parts()).isEmpty();
		assertThat(deadline.hasProblem()).isFalse();
		assertThat(deadline.asWritten()).isEqualTo(asWritten);
	}

	@Test
	void letteredPartsEachKeepTheirDateAndTheLatestIsDue() {
		DeadlineText deadline = DeadlineText.parse("a) 31st May 2018 b) 1st June 2018 c) 1st June 2018");

		assertThat(deadline.parts()).containsExactly(
				new DeadlineText.Part("a)", LocalDate.of(2018, 5, 31), "31st May 2018"),
				new DeadlineText.Part("b)", LocalDate.of(2018, 6, 1), "1st June 2018"),
				new DeadlineText.Part("c)", LocalDate.of(2018, 6, 1), "1st June 2018"));
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2018, 6, 1));
	}

	@Test
	void partsWithoutSpacesAndPhrasePartsAreRead() {
		DeadlineText deadline = DeadlineText
			.parse("a) 30th April 2018 b)30th April 2018 c)presented to LSCB in July 2018 d) 30th April 2018");

		assertThat(deadline.parts()).extracting(DeadlineText.Part::label).containsExactly("a)", "b)", "c)", "d)");
		assertThat(deadline.parts().get(2))
			.isEqualTo(new DeadlineText.Part("c)", LocalDate.of(2018, 7, 31), "presented to LSCB in July 2018"));
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2018, 7, 31));
	}

	@Test
	void numberedPartsAreParts() {
		DeadlineText deadline = DeadlineText.parse("1) 10 March 2018 2) 30 September 2018");

		assertThat(deadline.parts()).extracting(DeadlineText.Part::dueDate)
			.containsExactly(LocalDate.of(2018, 3, 10), LocalDate.of(2018, 9, 30));
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2018, 9, 30));
	}

	@Test
	void unlabelledDatesGiveTheLatestAsDue() {
		DeadlineText deadline = DeadlineText
			.parse("Local Offer - 30th September 2018 Survey completed - end March 2019");

		assertThat(deadline.parts()).isEmpty();
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2019, 3, 31));
	}

	@Test
	void yearInBracketsIsNotAPartLabel() {
		DeadlineText deadline = DeadlineText.parse("Review (2018) by 1st June 2018");

		assertThat(deadline.parts()).isEmpty();
		assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2018, 6, 1));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "31st June 2018", "30/02/2019", "2019-13-01", "a) 31st June 2018 b) 1st July 2018" })
	void dayThatDoesNotExistIsAProblemNotAPhrase(String asWritten) {
		DeadlineText deadline = DeadlineText.parse(asWritten);

		assertThat(deadline.hasProblem()).isTrue();
		assertThat(deadline.problem()).contains("is not a real date");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = "   ")
	void blankIsNoDeadline(String asWritten) {
		DeadlineText deadline = DeadlineText.parse(asWritten);

		assertThat(deadline.isEmpty()).isTrue();
		assertThat(deadline.dueDate()).isNull();
		assertThat(deadline.hasProblem()).isFalse();
	}

}
