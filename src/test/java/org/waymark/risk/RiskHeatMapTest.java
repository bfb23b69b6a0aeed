package org.waymark.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskHeatMapTest {

	private static final RiskBandThresholds BANDS = RiskBandThresholds.defaults();

	private static final long P1 = 101;

	private static final long P2 = 102;

	@Test
	void everyCellHasItsLikelihoodImpactScoreAndBand() {
		RiskHeatMap map = RiskHeatMap.of(List.of(), BANDS, RiskFilter.openRisks());
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact++) {
				RiskHeatMap.Cell cell = map.cell(likelihood, impact);
				assertThat(cell.likelihood()).isEqualTo(likelihood);
				assertThat(cell.impact()).isEqualTo(impact);
				assertThat(cell.score()).isEqualTo(likelihood * impact);
				assertThat(cell.band()).isEqualTo(BANDS.bandOf(likelihood * impact));
				assertThat(cell.count()).isZero();
				assertThat(cell.previously()).isEmpty();
			}
		}
		assertThat(map.scoredCount()).isZero();
		assertThat(map.unscoredCount()).isZero();
		assertThat(map.moves()).isEmpty();
	}

	@Test
	void rowsRunFromAlmostCertainAtTheTopToRareEachByImpactOneToFive() {
		List<RiskHeatMap.Row> rows = RiskHeatMap.of(List.of(), BANDS, RiskFilter.openRisks()).rows();
		assertThat(rows).extracting(RiskHeatMap.Row::likelihood).containsExactly(5, 4, 3, 2, 1);
		for (RiskHeatMap.Row row : rows) {
			assertThat(row.cells()).extracting(RiskHeatMap.Cell::impact).containsExactly(1, 2, 3, 4, 5);
			assertThat(row.cells()).allSatisfy((cell) -> assertThat(cell.likelihood()).isEqualTo(row.likelihood()));
		}
		assertThat(rows.get(0).cells().get(4).score()).isEqualTo(25);
		assertThat(rows.get(4).cells().get(0).score()).isEqualTo(1);
		assertThat(RiskHeatMap.of(List.of(), BANDS, RiskFilter.openRisks()).impacts()).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void eachOfTheTwentyFiveCellsHoldsExactlyTheRisksScoredThere() {
		List<RiskSummary> risks = new ArrayList<>();
		long id = 1;
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact++) {
				// Cell (l, i) gets l risks, so that every cell's count is distinct by
				// row.
				for (int n = 0; n < likelihood; n++) {
					risks.add(risk(id++, P1, null, "Risk " + likelihood + "x" + impact, score(likelihood, impact), null,
							RiskStatus.OPEN));
				}
			}
		}
		RiskHeatMap map = RiskHeatMap.of(risks, BANDS, RiskFilter.openRisks());
		for (int likelihood = 1; likelihood <= 5; likelihood++) {
			for (int impact = 1; impact <= 5; impact++) {
				RiskHeatMap.Cell cell = map.cell(likelihood, impact);
				assertThat(cell.count()).as("cell %d x %d", likelihood, impact).isEqualTo(likelihood);
				assertThat(cell.risks()).extracting(RiskHeatMap.Marker::label)
					.containsOnly("Risk " + likelihood + "x" + impact);
			}
		}
		assertThat(map.scoredCount()).isEqualTo(risks.size());
	}

	@Test
	void sameScoreInDifferentPositionsFallsInDifferentCells() {
		RiskHeatMap map = RiskHeatMap.of(List.of(risk(1, P1, "A", "A", score(3, 4), null, RiskStatus.OPEN),
				risk(2, P1, "B", "B", score(4, 3), null, RiskStatus.OPEN)), BANDS, RiskFilter.openRisks());
		assertThat(map.cell(3, 4).risks()).extracting(RiskHeatMap.Marker::riskId).containsExactly(1L);
		assertThat(map.cell(4, 3).risks()).extracting(RiskHeatMap.Marker::riskId).containsExactly(2L);
		assertThat(map.cell(3, 4).score()).isEqualTo(map.cell(4, 3).score()).isEqualTo(12);
	}

	@Test
	void unscoredRisksAreCountedAndInNoCell() {
		RiskHeatMap map = RiskHeatMap.of(
				List.of(risk(1, P1, null, "Key risk 1", null, null, RiskStatus.OPEN),
						risk(2, P2, null, "Key risk 2", null, null, RiskStatus.OPEN),
						risk(3, null, "ORG0009", "Safeguarding Children", score(3, 5), score(4, 5), RiskStatus.OPEN),
						risk(4, P2, null, "Closed key risk", null, null, RiskStatus.CLOSED)),
				BANDS, RiskFilter.openRisks());
		assertThat(map.unscoredCount()).isEqualTo(2);
		assertThat(map.scoredCount()).isEqualTo(1);
		assertThat(allMarkers(map)).extracting(RiskHeatMap.Marker::riskId).containsExactly(3L);
	}

	@Test
	void orgNineMovedFromTwentyToFifteenShowsInBothCells() {
		RiskSummary org = risk(9, null, "ORG0009", "Safeguarding Children", score(3, 5), score(4, 5), RiskStatus.OPEN);
		RiskHeatMap map = RiskHeatMap.of(List.of(org), BANDS, RiskFilter.openRisks());
		RiskHeatMap.Cell now = map.cell(3, 5);
		assertThat(now.score()).isEqualTo(15);
		assertThat(now.band()).isEqualTo(RiskBand.HIGH);
		assertThat(now.risks())
			.containsExactly(new RiskHeatMap.Marker(9, "ORG0009", "Safeguarding Children", score(4, 5)));
		assertThat(now.previously()).isEmpty();
		RiskHeatMap.Cell was = map.cell(4, 5);
		assertThat(was.count()).isZero();
		assertThat(was.previously())
			.containsExactly(new RiskHeatMap.Marker(9, "ORG0009", "Safeguarding Children", score(3, 5)));
		assertThat(map.moves()).singleElement().satisfies((move) -> {
			assertThat(move.from()).isEqualTo(score(4, 5));
			assertThat(move.to()).isEqualTo(score(3, 5));
			assertThat(move.direction()).isEqualTo(RiskHeatMap.Direction.DOWN);
			assertThat(move.name()).isEqualTo("ORG0009 Safeguarding Children");
		});
	}

	@Test
	void aRiskReassessedInTheSameCellOrNeverBeforeHasNoPreviousMarker() {
		RiskHeatMap map = RiskHeatMap.of(List.of(risk(1, P1, "R1", "Same", score(2, 2), score(2, 2), RiskStatus.OPEN),
				risk(2, P1, "R2", "Once", score(2, 3), null, RiskStatus.OPEN)), BANDS, RiskFilter.openRisks());
		assertThat(map.moves()).isEmpty();
		assertThat(allMarkers(map)).allSatisfy((marker) -> assertThat(marker.elsewhere()).isNull());
		assertThat(allPrevious(map)).isEmpty();
	}

	@Test
	void movesSayWhetherTheScoreWentUpDownOrStayedInAnotherPosition() {
		RiskHeatMap map = RiskHeatMap.of(
				List.of(risk(1, P1, "UP", "Up", score(3, 5), score(3, 4), RiskStatus.OPEN),
						risk(2, P1, "DOWN", "Down", score(1, 1), score(2, 1), RiskStatus.OPEN),
						risk(3, P1, "SAME", "Same", score(4, 3), score(3, 4), RiskStatus.OPEN)),
				BANDS, RiskFilter.openRisks());
		assertThat(map.moves()).extracting(RiskHeatMap.Move::direction)
			.containsExactly(RiskHeatMap.Direction.UP, RiskHeatMap.Direction.DOWN, RiskHeatMap.Direction.SAME_SCORE);
		assertThat(map.cell(3, 4).previously()).extracting(RiskHeatMap.Marker::label).containsExactly("UP", "SAME");
		assertThat(map.cell(4, 3).risks()).extracting(RiskHeatMap.Marker::elsewhere).containsExactly(score(3, 4));
	}

	@Test
	void theStatusFilterShowsOpenByDefaultClosedOrAll() {
		List<RiskSummary> risks = List.of(risk(1, P1, "OPEN", "Open", score(5, 5), score(1, 1), RiskStatus.OPEN),
				risk(2, P1, "SHUT", "Closed", score(1, 1), score(5, 5), RiskStatus.CLOSED),
				risk(3, P1, null, "Closed unscored", null, null, RiskStatus.CLOSED));
		RiskHeatMap open = RiskHeatMap.of(risks, BANDS, RiskFilter.parse(null, null, Set.of(P1)));
		assertThat(allMarkers(open)).extracting(RiskHeatMap.Marker::riskId).containsExactly(1L);
		assertThat(allPrevious(open)).extracting(RiskHeatMap.Marker::riskId).containsExactly(1L);
		assertThat(open.unscoredCount()).isZero();

		RiskHeatMap closed = RiskHeatMap.of(risks, BANDS, RiskFilter.parse("", "closed", Set.of(P1)));
		assertThat(closed.cell(1, 1).risks()).extracting(RiskHeatMap.Marker::riskId).containsExactly(2L);
		assertThat(closed.cell(5, 5).previously()).extracting(RiskHeatMap.Marker::riskId).containsExactly(2L);
		assertThat(closed.scoredCount()).isEqualTo(1);
		assertThat(closed.unscoredCount()).isEqualTo(1);

		RiskHeatMap all = RiskHeatMap.of(risks, BANDS, RiskFilter.parse(null, "ALL", Set.of(P1)));
		assertThat(allMarkers(all)).extracting(RiskHeatMap.Marker::riskId).containsExactlyInAnyOrder(1L, 2L);
		assertThat(all.unscoredCount()).isEqualTo(1);
		assertThat(all.moves()).hasSize(2);
	}

	@Test
	void theProgrammeFilterShowsOneProgrammeTheCorporateRisksOrAll() {
		List<RiskSummary> risks = List.of(risk(1, null, "ORG0009", "Corporate", score(3, 5), null, RiskStatus.OPEN),
				risk(2, P1, null, "Programme one", score(3, 5), null, RiskStatus.OPEN),
				risk(3, P2, null, "Programme two", score(3, 5), null, RiskStatus.OPEN),
				risk(4, P2, null, "Programme two unscored", null, null, RiskStatus.OPEN));
		Set<Long> programmes = Set.of(P1, P2);
		assertThat(RiskHeatMap.of(risks, BANDS, RiskFilter.parse(null, null, programmes)).cell(3, 5).risks())
			.extracting(RiskHeatMap.Marker::riskId)
			.containsExactly(1L, 2L, 3L);
		assertThat(RiskHeatMap.of(risks, BANDS, RiskFilter.parse("corporate", null, programmes)).cell(3, 5).risks())
			.extracting(RiskHeatMap.Marker::riskId)
			.containsExactly(1L);
		RiskHeatMap two = RiskHeatMap.of(risks, BANDS, RiskFilter.parse(String.valueOf(P2), null, programmes));
		assertThat(two.cell(3, 5).risks()).extracting(RiskHeatMap.Marker::riskId).containsExactly(3L);
		assertThat(two.unscoredCount()).isEqualTo(1);
		assertThat(RiskHeatMap.of(risks, BANDS, RiskFilter.parse(String.valueOf(P1), null, programmes)).unscoredCount())
			.isZero();
	}

	@Test
	void cellsAreBandedByTheConfiguredThresholds() {
		RiskHeatMap map = RiskHeatMap.of(List.of(), new RiskBandThresholds(5, 10), RiskFilter.openRisks());
		assertThat(map.cell(1, 4).band()).isEqualTo(RiskBand.LOW);
		assertThat(map.cell(1, 5).band()).isEqualTo(RiskBand.MEDIUM);
		assertThat(map.cell(3, 3).band()).isEqualTo(RiskBand.MEDIUM);
		assertThat(map.cell(2, 5).band()).isEqualTo(RiskBand.HIGH);
	}

	@Test
	void theLegendGivesEachBandTheScoresItsCellsHave() {
		assertThat(RiskHeatMap.legend(BANDS)).containsExactly(new RiskHeatMap.BandRange(RiskBand.LOW, 1, 6),
				new RiskHeatMap.BandRange(RiskBand.MEDIUM, 8, 12), new RiskHeatMap.BandRange(RiskBand.HIGH, 15, 25));
		assertThat(RiskHeatMap.legend(new RiskBandThresholds(5, 10))).containsExactly(
				new RiskHeatMap.BandRange(RiskBand.LOW, 1, 4), new RiskHeatMap.BandRange(RiskBand.MEDIUM, 5, 9),
				new RiskHeatMap.BandRange(RiskBand.HIGH, 10, 25));
		// No likelihood x impact makes 13 or 14: a medium band of only those has no cell.
		assertThat(RiskHeatMap.legend(new RiskBandThresholds(13, 15))).extracting(RiskHeatMap.BandRange::band)
			.containsExactly(RiskBand.LOW, RiskBand.HIGH);
	}

	@Test
	void aRiskIsNamedByItsReferenceOrItsTitleShortenedAtAWord() {
		assertThat(RiskHeatMap.label(risk(1, null, " ORG0009 ", "Safeguarding Children", null, null, RiskStatus.OPEN)))
			.isEqualTo("ORG0009");
		assertThat(RiskHeatMap.label(risk(1, P1, "  ", "Short title", null, null, RiskStatus.OPEN)))
			.isEqualTo("Short title");
		assertThat(RiskHeatMap
			.label(risk(1, P1, null, "Risk that permanent social work vacancies are not filled at fast enough pace",
					null, null, RiskStatus.OPEN)))
			.isEqualTo("Risk that permanent social work\u2026");
		String unbroken = "x".repeat(60);
		assertThat(RiskHeatMap.label(risk(1, P1, null, unbroken, null, null, RiskStatus.OPEN)))
			.isEqualTo("x".repeat(RiskHeatMap.SHORT_TITLE_LENGTH) + "\u2026");
		assertThat(RiskHeatMap.fullName(risk(1, P1, null, "A risk with no reference", null, null, RiskStatus.OPEN)))
			.as("a risk with no reference is listed among the moves by its title alone, once")
			.isEqualTo("A risk with no reference");
		RiskHeatMap.Marker plain = new RiskHeatMap.Marker(1, "Short title", "Short title", null);
		assertThat(plain.labelIsTitle()).isTrue();
	}

	@Test
	void aCellOffTheGridIsRefused() {
		RiskHeatMap map = RiskHeatMap.of(List.of(), BANDS, RiskFilter.openRisks());
		assertThatIllegalArgumentException().isThrownBy(() -> map.cell(0, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> map.cell(3, 6));
	}

	private static List<RiskHeatMap.Marker> allMarkers(RiskHeatMap map) {
		return map.rows().stream().flatMap((row) -> row.cells().stream()).flatMap((c) -> c.risks().stream()).toList();
	}

	private static List<RiskHeatMap.Marker> allPrevious(RiskHeatMap map) {
		return map.rows()
			.stream()
			.flatMap((row) -> row.cells().stream())
			.flatMap((c) -> c.previously().stream())
			.toList();
	}

	static RiskScore score(int likelihood, int impact) {
		return new RiskScore(likelihood, impact);
	}

	static RiskSummary risk(long id, Long programmeId, String reference, String title, RiskScore score,
			RiskScore previous, RiskStatus status) {
		return new RiskSummary(id, 1, programmeId, (programmeId == null) ? null : (int) (programmeId - 100),
				(programmeId == null) ? null : "Programme title", reference, title, "Owner", score, previous,
				(score != null) ? score.band(BANDS) : null, null, null, status, null, 0, false);
	}

}
