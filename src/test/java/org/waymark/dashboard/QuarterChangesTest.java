package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.QuarterChanges.Listed;
import org.waymark.dashboard.QuarterChanges.MeasureInQuarter;
import org.waymark.dashboard.QuarterComparison.ActionChange;
import org.waymark.dashboard.QuarterComparison.MeasureChange;
import org.waymark.dashboard.QuarterComparison.Presence;
import org.waymark.dashboard.QuarterComparison.RiskChange;
import org.waymark.dashboard.QuarterComparison.StatusChange;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.Polarity;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskBetween;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What counts as a change between two quarters, and what is only counted. */
class QuarterChangesTest {

	// --- Statuses ---

	@Test
	void aStatusThatWentFromAmberToGreenImprovedAndKeepsTheLaterReason() {
		StatusChange change = QuarterChanges.status(status(Rag.AMBER, "Slipping"), status(Rag.GREEN, "Back on track"));
		assertThat(change.changed()).isTrue();
		assertThat(change.trend()).isEqualTo(StatusTrend.IMPROVING);
		assertThat(change.reasonAfter()).isEqualTo("Back on track");
		assertThat(change.reportBefore()).isNull();
	}

	@Test
	void aStatusWithNothingShownBeforeIsNewAndOneWithNothingShownAfterHasNoTrend() {
		StatusChange first = QuarterChanges.status(status(null, null), status(Rag.AMBER, "Slipping"));
		assertThat(first.changed()).isTrue();
		assertThat(first.trend()).isEqualTo(StatusTrend.NEW);
		StatusChange gone = QuarterChanges.status(status(Rag.GREEN, "On track"), status(null, null));
		assertThat(gone.changed()).isTrue();
		assertThat(gone.trend()).isNull();
	}

	@Test
	void theSameStatusInBothQuartersIsNoChange() {
		StatusChange same = QuarterChanges.status(status(Rag.GREEN, "On track"), status(Rag.GREEN, "Still"));
		assertThat(same.changed()).isFalse();
		assertThat(same.trend()).isEqualTo(StatusTrend.UNCHANGED);
	}

	// --- Measures ---

	@Test
	void aMeasureIsComparedByItsPolarityAndRatedAgainstItsTargetInEachQuarter() {
		// Lower is better, target 20: 21.5 is within a tenth (amber), 19.5 meets it
		// (green).
		Listed<MeasureChange> listed = QuarterChanges.measures(List.of(measure(1, "21.5", "December 2017")),
				List.of(measure(1, "19.5", "March 2018")));
		assertThat(listed.unchanged()).isZero();
		MeasureChange change = listed.changed().get(0);
		assertThat(change.direction()).isEqualTo(DirectionOfTravel.IMPROVED);
		assertThat(change.ratingBefore()).isEqualTo(TargetRating.AMBER);
		assertThat(change.ratingAfter()).isEqualTo(TargetRating.GREEN);
		assertThat(change.before().amount().value()).isEqualByComparingTo("21.5");
		assertThat(change.before().period()).isEqualTo("December 2017");
		assertThat(change.after().amount().messageKey()).isEqualTo("unit.value.PERCENT");
	}

	@Test
	void aMeasureThatRoseWhenLowerIsBetterDeteriorated() {
		Listed<MeasureChange> listed = QuarterChanges.measures(List.of(measure(1, "19", "Q3")),
				List.of(measure(1, "30", "Q4")));
		assertThat(listed.changed()).extracting(MeasureChange::direction)
			.containsExactly(DirectionOfTravel.DETERIORATED);
		assertThat(listed.changed().get(0).ratingAfter()).isEqualTo(TargetRating.RED);
	}

	@Test
	void theSameFigureAtTheSameRatingIsCountedNotListed() {
		Listed<MeasureChange> listed = QuarterChanges.measures(
				List.of(measure(1, "19", "December 2017"), measure(2, "25", "Q3")),
				List.of(measure(1, "19.0", "March 2018"), measure(2, "25", "Q4")));
		assertThat(listed.changed()).isEmpty();
		assertThat(listed.unchanged()).isEqualTo(2);
	}

	@Test
	void aFigureGivenOnlyInWordsIsUnchangedWhenTheWordsAndPeriodAreAndNotComparableOtherwise() {
		MeasureInQuarter words = words(3, "90% rating forum 7 or higher", "Q2 2017/18");
		assertThat(QuarterChanges.measures(List.of(words), List.of(words)).unchanged()).isEqualTo(1);
		Listed<MeasureChange> changed = QuarterChanges.measures(List.of(words),
				List.of(words(3, "92% rating forum 7 or higher", "Q3 2017/18")));
		assertThat(changed.changed()).extracting(MeasureChange::direction)
			.containsExactly(DirectionOfTravel.NOT_COMPARABLE);
		assertThat(changed.changed().get(0).after().amount()).isNull();
		assertThat(changed.changed().get(0).after().text()).isEqualTo("92% rating forum 7 or higher");
	}

	@Test
	void aMeasureInOnlyOneTableIsListedWithTheOtherSideEmpty() {
		Listed<MeasureChange> listed = QuarterChanges.measures(List.of(measure(1, "19", "Q3")),
				List.of(measure(2, "25", "Q4")));
		assertThat(listed.changed()).extracting(MeasureChange::measureId).containsExactly(2L, 1L);
		assertThat(listed.changed().get(0).before()).isNull();
		assertThat(listed.changed().get(0).ratingBefore()).isNull();
		assertThat(listed.changed().get(1).after()).isNull();
		assertThat(listed.changed()).extracting(MeasureChange::direction)
			.containsOnly(DirectionOfTravel.NOT_COMPARABLE);
	}

	@Test
	void aChangedDefinitionMakesTwoFiguresNotComparable() {
		MeasureInQuarter redefined = new MeasureInQuarter(1, "Re-referrals", MeasureUnit.PERCENT,
				Polarity.LOWER_IS_BETTER, 1, new BigDecimal("20"), new BigDecimal("18"), "18%", "Q4", true);
		Listed<MeasureChange> listed = QuarterChanges.measures(List.of(measure(1, "19", "Q3")), List.of(redefined));
		assertThat(listed.changed()).extracting(MeasureChange::direction)
			.containsExactly(DirectionOfTravel.NOT_COMPARABLE);
	}

	// --- Actions ---

	@Test
	void anActionWhoseRatingChangedIsListedWithBothRatings() {
		Listed<ActionChange> listed = QuarterChanges.actions(
				List.of(action(1, Brag.AMBER, false, null), action(2, Brag.GREEN, false, null)),
				List.of(action(1, Brag.GREEN, false, null), action(2, Brag.GREEN, false, null)));
		assertThat(listed.unchanged()).isEqualTo(1);
		ActionChange change = listed.changed().get(0);
		assertThat(change.actionId()).isEqualTo(1);
		assertThat(change.presence()).isEqualTo(Presence.BOTH);
		assertThat(change.before()).isEqualTo(Brag.AMBER);
		assertThat(change.after()).isEqualTo(Brag.GREEN);
	}

	@Test
	void anActionThatBecameOverdueChangedEvenWithTheSameRating() {
		Listed<ActionChange> listed = QuarterChanges.actions(List.of(action(1, Brag.AMBER, false, null)),
				List.of(action(1, Brag.AMBER, true, null)));
		assertThat(listed.changed()).hasSize(1);
		assertThat(listed.changed().get(0).overdueBefore()).isFalse();
		assertThat(listed.changed().get(0).overdueAfter()).isTrue();
	}

	@Test
	void aCarriedForwardActionIsMatchedToTheOneItCameFrom() {
		Listed<ActionChange> listed = QuarterChanges.actions(List.of(action(1, Brag.AMBER, false, null)),
				List.of(action(7, Brag.AMBER, false, 1L)));
		assertThat(listed.changed()).isEmpty();
		assertThat(listed.unchanged()).isEqualTo(1);
		Listed<ActionChange> rerated = QuarterChanges.actions(List.of(action(1, Brag.AMBER, false, null)),
				List.of(action(7, null, false, 1L)));
		assertThat(rerated.changed()).singleElement().satisfies((change) -> {
			assertThat(change.actionId()).isEqualTo(7);
			assertThat(change.presence()).isEqualTo(Presence.BOTH);
			assertThat(change.before()).isEqualTo(Brag.AMBER);
			assertThat(change.after()).isNull();
		});
	}

	@Test
	void actionsInOnlyOneQuarterAreListedAsStartedOrEnded() {
		Listed<ActionChange> listed = QuarterChanges.actions(List.of(action(1, Brag.BLUE, false, null)),
				List.of(action(2, null, false, null)));
		assertThat(listed.changed()).extracting(ActionChange::actionId, ActionChange::presence)
			.containsExactly(tuple(2L, Presence.ONLY_AFTER), tuple(1L, Presence.ONLY_BEFORE));
		assertThat(listed.changed().get(1).before()).isEqualTo(Brag.BLUE);
	}

	// --- Risks ---

	@Test
	void aRiskThatMovedIsListedAndOneThatDidNotIsCounted() {
		RiskBetween down = risk(1, new RiskScore(4, 5), RiskBand.HIGH, new RiskScore(3, 4), RiskBand.MEDIUM);
		RiskBetween still = risk(2, new RiskScore(2, 2), RiskBand.LOW, new RiskScore(2, 2), RiskBand.LOW);
		RiskBetween unscored = risk(3, null, null, null, null);
		RiskBetween first = risk(4, null, null, new RiskScore(3, 3), RiskBand.MEDIUM);
		Listed<RiskChange> listed = QuarterChanges.risks(List.of(down, still, unscored, first));
		assertThat(listed.unchanged()).isEqualTo(1);
		assertThat(listed.changed()).extracting(RiskChange::riskId, RiskChange::movement)
			.containsExactly(tuple(1L, RiskMovement.DOWN), tuple(4L, RiskMovement.FIRST_ASSESSMENT));
	}

	/**
	 * A status shown without a report (as an exempt programme's is), for the rules alone.
	 */
	private static QuarterStatus status(Rag status, String reason) {
		return new QuarterStatus(1, null, status, reason, false);
	}

	private static MeasureInQuarter measure(long id, String value, String period) {
		return new MeasureInQuarter(id, "Measure " + id, MeasureUnit.PERCENT, Polarity.LOWER_IS_BETTER, 1,
				new BigDecimal("20"), new BigDecimal(value), value + "%", period, false);
	}

	private static MeasureInQuarter words(long id, String text, String period) {
		return new MeasureInQuarter(id, "Measure " + id, MeasureUnit.NARRATIVE, Polarity.HIGHER_IS_BETTER, 0, null,
				null, text, period, false);
	}

	private static QuarterAction action(long id, Brag brag, boolean overdue, Long carriedFromId) {
		return new QuarterAction(id, 50, 6, 1, "Objective", "Action " + id, "Owner", "31 March 2018", null, brag,
				overdue, carriedFromId);
	}

	private static RiskBetween risk(long id, RiskScore before, RiskBand bandBefore, RiskScore after,
			RiskBand bandAfter) {
		return new RiskBetween(id, 6L, null, "Risk " + id, RiskStatus.OPEN, before, bandBefore, after, bandAfter);
	}

}
