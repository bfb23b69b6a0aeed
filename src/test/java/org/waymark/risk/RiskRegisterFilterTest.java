package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.waymark.shared.NotFoundException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskRegisterFilterTest {

	private static final List<Long> PROGRAMMES = List.of(11L, 17L);

	private static final RiskBandThresholds DEFAULTS = RiskBandThresholds.defaults();

	static RiskSummary risk(Long programmeId, RiskScore score, RiskScore previous, RiskStatus status) {
		return new RiskSummary(1, 1, programmeId, (programmeId != null) ? 1 : null, null, null, "A risk", null, score,
				previous, (score != null) ? score.band(DEFAULTS) : null, null, (LocalDate) null, status, null, 0,
				false);
	}

	private static RiskRegisterFilter read(String programme, String status, String likelihood, String impact) {
		return RiskRegisterFilter.read(programme, status, likelihood, impact, PROGRAMMES);
	}

	@Test
	void withNoFiltersTheRegisterShowsEveryOpenRisk() {
		RiskRegisterFilter filter = read(null, null, null, null);
		assertThat(filter.status()).isEqualTo(RiskStatusFilter.OPEN);
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, new RiskScore(3, 5), null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, null, null, RiskStatus.CLOSED))).isFalse();
		assertThat(filter.statusSetAside()).isFalse();
		assertThat(filter.cellSetAside()).isFalse();
		assertThat(filter.programmeParameter()).isNull();
		assertThat(read("", " ", "", "")).isEqualTo(filter);
	}

	@Test
	void aProgrammeShowsOnlyItsRisks() {
		RiskRegisterFilter filter = read("17", null, null, null);
		assertThat(filter.programmeId()).isEqualTo(17L);
		assertThat(filter.matches(risk(17L, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.programmeParameter()).isEqualTo("17");
	}

	@Test
	void corporateShowsOnlyPlanWideRisks() {
		RiskRegisterFilter filter = read("corporate", null, null, null);
		assertThat(filter.corporate()).isTrue();
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.programmeParameter()).isEqualTo("corporate");
	}

	@Test
	void aProgrammeThatIsNotThePlansIsNotFound() {
		assertThatThrownBy(() -> read("12", null, null, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> read("programme one", null, null, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> read("99999999999999999999999", null, null, null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void statusesPickOpenClosedOrAll() {
		RiskSummary open = risk(11L, null, null, RiskStatus.OPEN);
		RiskSummary closed = risk(11L, null, null, RiskStatus.CLOSED);
		assertThat(read(null, "closed", null, null).matches(closed)).isTrue();
		assertThat(read(null, "closed", null, null).matches(open)).isFalse();
		assertThat(read(null, "ALL", null, null).matches(closed)).isTrue();
		assertThat(read(null, "all", null, null).matches(open)).isTrue();
		assertThat(read(null, "open", null, null).matches(closed)).isFalse();
	}

	@Test
	void anUnknownStatusIsSetAsideForOpen() {
		RiskRegisterFilter filter = read(null, "archived", null, null);
		assertThat(filter.status()).isEqualTo(RiskStatusFilter.OPEN);
		assertThat(filter.statusSetAside()).isTrue();
	}

	@Test
	void aLikelihoodAndImpactShowOnlyRisksScoredExactlyThat() {
		RiskRegisterFilter filter = read(null, null, "3", "5");
		assertThat(filter.cell()).isEqualTo(new RiskScore(3, 5));
		assertThat(filter.matches(risk(null, new RiskScore(3, 5), new RiskScore(4, 5), RiskStatus.OPEN))).isTrue();
		// The same score from other ratings is another cell of the heat map.
		assertThat(filter.matches(risk(null, new RiskScore(5, 3), null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isFalse();
	}

	@Test
	void aLikelihoodOrImpactMissingOrOutOfRangeIsSetAside() {
		for (String[] cell : new String[][] { { "3", null }, { null, "5" }, { "0", "5" }, { "3", "6" },
				{ "three", "5" }, { "3", "-1" }, { "3", "999999999999" } }) {
			RiskRegisterFilter filter = read(null, null, cell[0], cell[1]);
			assertThat(filter.cell()).as("likelihood %s, impact %s", cell[0], cell[1]).isNull();
			assertThat(filter.cellSetAside()).as("likelihood %s, impact %s", cell[0], cell[1]).isTrue();
		}
	}

	@Test
	void linksKeepTheProgrammeAndAnyStatusButTheDefault() {
		RiskRegisterFilter filter = read("11", "all", "3", "5");
		assertThat(filter.heatMapHref(4)).isEqualTo("/plans/4/risks/heat-map?programme=11&status=all");
		assertThat(filter.attentionHref(4)).isEqualTo("/plans/4/risks/attention?programme=11");
		assertThat(filter.registerHref(4, true))
			.isEqualTo("/plans/4/risks?programme=11&status=all&likelihood=3&impact=5");
		assertThat(filter.registerHref(4, false)).isEqualTo("/plans/4/risks?programme=11&status=all");
		RiskRegisterFilter none = read(null, null, null, null);
		assertThat(none.heatMapHref(4)).isEqualTo("/plans/4/risks/heat-map");
		assertThat(none.attentionHref(4)).isEqualTo("/plans/4/risks/attention");
		assertThat(read("corporate", null, null, null).heatMapHref(4))
			.isEqualTo("/plans/4/risks/heat-map?programme=corporate");
	}

}
