package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.waymark.risk.RiskRegisterFilterTest.risk;

/**
 * The filter the register, the heat map and the attention list all read: the same query
 * parameters, the same refusal of values they do not understand, and links that carry it
 * between the pages.
 */
class RiskFilterTest {

	private static final long P1 = 101;

	private static final long P2 = 102;

	private static final Set<Long> PROGRAMMES = Set.of(P1, P2);

	@ParameterizedTest
	@CsvSource(
			value = { "'', '', , false, OPEN", "corporate, open, , true, OPEN", "CORPORATE, Closed, , true, CLOSED",
					"101, all, 101, false, ALL", "' 102 ', '', 102, false, OPEN", "'', ' ', , false, OPEN" },
			nullValues = "")
	void filtersReadTheQueryParameters(String programme, String status, Long programmeId, boolean corporate,
			RiskFilter.Status expected) {
		RiskFilter filter = RiskFilter.parse(programme, status, PROGRAMMES);
		assertThat(filter.programmeId()).isEqualTo(programmeId);
		assertThat(filter.corporateOnly()).isEqualTo(corporate);
		assertThat(filter.status()).isEqualTo(expected);
	}

	@Test
	void withNoParametersTheFilterShowsEveryOpenRisk() {
		assertThat(RiskFilter.parse(null, null, PROGRAMMES)).isEqualTo(RiskFilter.openRisks());
		RiskFilter filter = RiskFilter.openRisks();
		assertThat(filter.includes(risk(null, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.includes(risk(P1, new RiskScore(3, 5), null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.includes(risk(P1, null, null, RiskStatus.CLOSED))).isFalse();
	}

	@Test
	void aProgrammeShowsOnlyItsRisksAndCorporateOnlyThoseWithNoProgramme() {
		RiskFilter two = RiskFilter.parse(String.valueOf(P2), null, PROGRAMMES);
		assertThat(two.includes(risk(P2, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(two.includes(risk(P1, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(two.includes(risk(null, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(two.isProgramme(P2)).isTrue();
		assertThat(two.isProgramme(P1)).isFalse();

		RiskFilter corporate = RiskFilter.parse("corporate", null, PROGRAMMES);
		assertThat(corporate.includes(risk(null, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(corporate.includes(risk(P1, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(corporate.isProgramme(P1)).isFalse();
	}

	@Test
	void statusesPickOpenClosedOrAll() {
		RiskSummary open = risk(P1, null, null, RiskStatus.OPEN);
		RiskSummary closed = risk(P1, null, null, RiskStatus.CLOSED);
		assertThat(RiskFilter.parse(null, "closed", PROGRAMMES).includes(closed)).isTrue();
		assertThat(RiskFilter.parse(null, "closed", PROGRAMMES).includes(open)).isFalse();
		assertThat(RiskFilter.parse(null, "ALL", PROGRAMMES).includes(closed)).isTrue();
		assertThat(RiskFilter.parse(null, "all", PROGRAMMES).includes(open)).isTrue();
		assertThat(RiskFilter.parse(null, "open", PROGRAMMES).includes(closed)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "programme, 999, open", "programme, abc, open", "programme, -1, open",
			"programme, 99999999999999999999999, open", "status, , draft", "status, , opened", "status, , archived" })
	void valuesOfNoProgrammeOfThePlanOrNoStatusAreRefused(String parameter, String programme, String status) {
		assertThatExceptionOfType(UnknownRiskFilterException.class)
			.isThrownBy(() -> RiskFilter.parse(programme, status, PROGRAMMES))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo(parameter))
			.satisfies((ex) -> assertThat(ex.getValue()).isEqualTo((programme != null) ? programme : status));
	}

	@Test
	void aFilterPicksOneProgrammeOrTheCorporateRisksNotBoth() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RiskFilter(P1, true, RiskFilter.Status.OPEN));
	}

	@Test
	void filtersWriteTheQueryParametersBack() {
		assertThat(RiskFilter.parse(null, null, PROGRAMMES).programmeParameter()).isEmpty();
		assertThat(RiskFilter.parse("corporate", null, PROGRAMMES).programmeParameter()).isEqualTo("corporate");
		assertThat(RiskFilter.parse("101", null, PROGRAMMES).programmeParameter()).isEqualTo("101");
		assertThat(RiskFilter.Status.CLOSED.parameter()).isEqualTo("closed");
	}

	@Test
	void linksBetweenThePagesKeepTheProgrammeAndAnyStatusButOpen() {
		RiskFilter filter = RiskFilter.parse("101", "all", PROGRAMMES);
		assertThat(filter.registerHref(4)).isEqualTo("/plans/4/risks?programme=101&status=all");
		assertThat(filter.registerHref(4, new RiskScore(3, 5)))
			.isEqualTo("/plans/4/risks?programme=101&status=all&likelihood=3&impact=5");
		assertThat(filter.heatMapHref(4)).isEqualTo("/plans/4/risks/heat-map?programme=101&status=all");
		// The attention list shows open risks only: the status does not go with it.
		assertThat(filter.attentionHref(4)).isEqualTo("/plans/4/risks/attention?programme=101");

		RiskFilter none = RiskFilter.openRisks();
		assertThat(none.registerHref(4)).isEqualTo("/plans/4/risks");
		assertThat(none.registerHref(4, new RiskScore(5, 1))).isEqualTo("/plans/4/risks?likelihood=5&impact=1");
		assertThat(none.heatMapHref(4)).isEqualTo("/plans/4/risks/heat-map");
		assertThat(none.attentionHref(4)).isEqualTo("/plans/4/risks/attention");

		RiskFilter corporateClosed = RiskFilter.parse("corporate", "closed", PROGRAMMES);
		assertThat(corporateClosed.heatMapHref(4))
			.isEqualTo("/plans/4/risks/heat-map?programme=corporate&status=closed");
		assertThat(corporateClosed.attentionHref(4)).isEqualTo("/plans/4/risks/attention?programme=corporate");
	}

	@Test
	void everyStatusHasItsRegisterCountsLine() {
		assertThat(RiskFilter.Status.OPEN.countsKey()).isEqualTo("riskRegister.counts.OPEN");
		assertThat(RiskFilter.Status.ALL.countsKey()).isEqualTo("riskRegister.counts.ALL");
	}

}
