package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RagTest {

	@ParameterizedTest
	@CsvSource({ "GREEN, rag.GREEN, govuk-tag--green, 2", "AMBER, rag.AMBER, govuk-tag--yellow, 1",
			"RED, rag.RED, govuk-tag--red, 0", "BLUE, rag.BLUE, govuk-tag--blue, 3" })
	void statusHasMessageKeyTagColourAndRank(Rag rag, String messageKey, String tagClass, int rank) {
		assertThat(rag.messageKey()).isEqualTo(messageKey);
		assertThat(rag.tagClass()).isEqualTo(tagClass);
		assertThat(rag.rank()).isEqualTo(rank);
	}

	@Test
	void rankRisesFromRedThroughAmberAndGreenToBlue() {
		assertThat(Rag.RED.rank()).isLessThan(Rag.AMBER.rank());
		assertThat(Rag.AMBER.rank()).isLessThan(Rag.GREEN.rank());
		assertThat(Rag.GREEN.rank()).isLessThan(Rag.BLUE.rank());
	}

}
