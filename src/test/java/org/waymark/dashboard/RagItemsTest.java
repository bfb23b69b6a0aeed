package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.RagItem.ActionDetail;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskScore;
import org.waymark.risk.RiskStatus;
import org.waymark.risk.RiskSummary;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RagItemsTest {

	@Test
	void onlyRedAndAmberStatusesAreListedLinkingToTheirReport() {
		assertThat(RagItems.status(7, Rag.AMBER, "Recruitment", 70L, false)).hasValueSatisfying((item) -> {
			assertThat(item.colours()).containsExactly(RagColour.AMBER);
			assertThat(item.link()).isEqualTo("/reports/70");
		});
		assertThat(RagItems.status(7, Rag.RED, null, null, true)).hasValueSatisfying(
				(item) -> assertThat(item.link()).as("no report: the programme").isEqualTo("/programmes/7"));
		assertThat(RagItems.status(7, Rag.GREEN, null, 70L, false)).isEmpty();
		assertThat(RagItems.status(7, Rag.BLUE, null, 70L, false)).isEmpty();
		assertThat(RagItems.status(7, null, null, null, false)).isEmpty();
	}

	@Test
	void anActionIsListedWhenRedAmberOrOverdueWithEachReason() {
		assertThat(RagItems.action(action(Brag.RED, true)))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.RED, RagColour.OVERDUE));
		assertThat(RagItems.action(action(Brag.AMBER, false)))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.AMBER));
		assertThat(RagItems.action(action(Brag.GREEN, true)))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.OVERDUE));
		assertThat(RagItems.action(action(null, true))).isPresent();
		assertThat(RagItems.action(action(Brag.GREEN, false))).isEmpty();
		assertThat(RagItems.action(action(Brag.BLUE, false))).isEmpty();
		assertThat(RagItems.action(action(null, false))).isEmpty();
	}

	@Test
	void anActionLinksToItsPlanAndGivesItsDeadlineAsWritten() {
		RagItem item = RagItems.action(action(Brag.RED, false)).orElseThrow();
		assertThat(item.link()).isEqualTo("/action-plans/5");
		assertThat(item.detail()).isEqualTo(new ActionDetail(2, "Practice", "a) June 2018", "Head of Service"));
	}

	@Test
	void aMeasureIsListedWhenRedOrAmberAgainstTargetOrDeteriorated() {
		assertThat(measure(TargetRating.AMBER, DirectionOfTravel.DETERIORATED)).hasValueSatisfying(
				(item) -> assertThat(item.tags()).containsExactly(RagColour.AMBER, RagColour.DETERIORATED));
		assertThat(measure(TargetRating.RED, DirectionOfTravel.IMPROVED))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.RED));
		assertThat(measure(TargetRating.NOT_ASSESSED, DirectionOfTravel.DETERIORATED))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.DETERIORATED));
		assertThat(measure(TargetRating.GREEN, DirectionOfTravel.SAME)).isEmpty();
		assertThat(measure(TargetRating.NOT_ASSESSED, DirectionOfTravel.NOT_COMPARABLE)).isEmpty();
	}

	@Test
	void openRisksAreRedWhenHighAndAmberWhenMedium() {
		assertThat(RagItems.risk(risk(RiskBand.HIGH, RiskStatus.OPEN)))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.RED));
		assertThat(RagItems.risk(risk(RiskBand.MEDIUM, RiskStatus.OPEN)))
			.hasValueSatisfying((item) -> assertThat(item.tags()).containsExactly(RagColour.AMBER));
		assertThat(RagItems.risk(risk(RiskBand.LOW, RiskStatus.OPEN))).isEmpty();
		assertThat(RagItems.risk(risk(null, RiskStatus.OPEN))).as("unscored").isEmpty();
		assertThat(RagItems.risk(risk(RiskBand.HIGH, RiskStatus.CLOSED))).as("closed").isEmpty();
	}

	@Test
	void aPlanWideRiskBelongsToNoProgramme() {
		RiskSummary corporate = new RiskSummary(9, 1, null, null, null, "ORG0009", "Safeguarding Children", null,
				new RiskScore(3, 5), null, RiskBand.HIGH, null, null, RiskStatus.OPEN, null, 0, false);
		assertThat(RagItems.risk(corporate)).hasValueSatisfying((item) -> {
			assertThat(item.programmeId()).isNull();
			assertThat(item.link()).isEqualTo("/risks/9");
		});
	}

	private static QuarterAction action(Brag brag, boolean overdue) {
		return new QuarterAction(1, 5, 6, 2, "Practice", "Audit case files", "Head of Service", "a) June 2018",
				LocalDate.of(2018, 6, 30), brag, overdue, null);
	}

	private static java.util.Optional<RagItem> measure(TargetRating rating, DirectionOfTravel direction) {
		return RagItems.measure(1, 3, "Timeliness", rating, direction, MeasureUnit.PERCENT, new BigDecimal("80"),
				new BigDecimal("85"), new BigDecimal("90"));
	}

	private static RiskSummary risk(RiskBand band, RiskStatus status) {
		return new RiskSummary(4, 1, 10L, 1, "One", null, "Funding", null, (band != null) ? new RiskScore(4, 4) : null,
				null, band, null, null, status, null, 0, false);
	}

}
