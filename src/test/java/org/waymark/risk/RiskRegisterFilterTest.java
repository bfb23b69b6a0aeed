package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The register's reading of its address: the shared {@link RiskFilter} and a heat map
 * cell's likelihood and impact, refused like the rest of the filter when not understood.
 */
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
	void withNoParametersTheRegisterShowsEveryOpenRiskOfEveryScore() {
		RiskRegisterFilter filter = read(null, null, null, null);
		assertThat(filter).isEqualTo(new RiskRegisterFilter(RiskFilter.openRisks(), null));
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, new RiskScore(3, 5), null, RiskStatus.OPEN))).isTrue();
		assertThat(filter.matches(risk(11L, null, null, RiskStatus.CLOSED))).isFalse();
		assertThat(read("", " ", "", " ")).isEqualTo(filter);
	}

	@Test
	void theProgrammeAndStatusAreTheSharedFilters() {
		RiskRegisterFilter filter = read("17", "closed", null, null);
		assertThat(filter.filter()).isEqualTo(RiskFilter.parse("17", "closed", PROGRAMMES));
		assertThat(filter.matches(risk(17L, null, null, RiskStatus.CLOSED))).isTrue();
		assertThat(filter.matches(risk(17L, null, null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.matches(risk(11L, null, null, RiskStatus.CLOSED))).isFalse();
	}

	@Test
	void aLikelihoodAndImpactShowOnlyRisksScoredExactlyThat() {
		RiskRegisterFilter filter = read(null, null, " 3", "5 ");
		assertThat(filter.cell()).isEqualTo(new RiskScore(3, 5));
		assertThat(filter.matches(risk(null, new RiskScore(3, 5), new RiskScore(4, 5), RiskStatus.OPEN))).isTrue();
		// The same score from other ratings is another cell of the heat map.
		assertThat(filter.matches(risk(null, new RiskScore(5, 3), null, RiskStatus.OPEN))).isFalse();
		assertThat(filter.matches(risk(null, null, null, RiskStatus.OPEN))).isFalse();
		// The cell narrows the programme and status filters; it does not replace them.
		assertThat(read("17", null, "3", "5").matches(risk(11L, new RiskScore(3, 5), null, RiskStatus.OPEN))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "likelihood, 0, 5, 0", "impact, 3, 6, 6", "likelihood, three, 5, three", "impact, 3, -1, -1",
			"impact, 3, 999999999999, 999999999999", "likelihood, 2.5, 1, 2.5", "likelihood, 9, , 9" })
	void aLikelihoodOrImpactThatIsNotAWholeNumberFromOneToFiveIsRefused(String parameter, String likelihood,
			String impact, String value) {
		assertThatExceptionOfType(UnknownRiskFilterException.class)
			.isThrownBy(() -> read(null, null, likelihood, impact))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo(parameter))
			.satisfies((ex) -> assertThat(ex.getValue()).isEqualTo(value));
	}

	@ParameterizedTest
	@CsvSource(value = { "3, , 3", ", 5, 5", "3, ' ', 3" }, nullValues = "")
	void aLikelihoodWithoutAnImpactOrAnImpactWithoutALikelihoodIsRefused(String likelihood, String impact,
			String value) {
		assertThatExceptionOfType(UnknownRiskFilterException.class)
			.isThrownBy(() -> read(null, null, likelihood, impact))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("cell"))
			.satisfies((ex) -> assertThat(ex.getValue()).isEqualTo(value));
	}

	@Test
	void aProgrammeOrStatusNotUnderstoodIsRefusedAsOnTheHeatMap() {
		assertThatExceptionOfType(UnknownRiskFilterException.class).isThrownBy(() -> read("12", null, "3", "5"))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("programme"));
		assertThatExceptionOfType(UnknownRiskFilterException.class).isThrownBy(() -> read(null, "archived", null, null))
			.satisfies((ex) -> assertThat(ex.getParameter()).isEqualTo("status"));
	}

}
