package org.waymark.action;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BragTest {

	@ParameterizedTest
	@CsvSource({ "BLUE, brag.BLUE, govuk-tag--blue, true", "RED, brag.RED, govuk-tag--red, false",
			"AMBER, brag.AMBER, govuk-tag--yellow, false", "GREEN, brag.GREEN, govuk-tag--green, false" })
	void ratingHasMessageKeyTagColourAndOnlyBlueIsComplete(Brag brag, String messageKey, String tagClass,
			boolean complete) {
		assertThat(brag.messageKey()).isEqualTo(messageKey);
		assertThat(brag.tagClass()).isEqualTo(tagClass);
		assertThat(brag.complete()).isEqualTo(complete);
	}

	@Test
	void ratingsAreListedInBragOrder() {
		assertThat(Brag.values()).containsExactly(Brag.BLUE, Brag.RED, Brag.AMBER, Brag.GREEN);
	}

}
