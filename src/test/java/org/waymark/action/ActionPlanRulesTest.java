package org.waymark.action;

import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionPlanRulesTest {

	private final Plan cypp = new Plan("CYPP", "CYPP 2016-19", new FinancialYear(2016), new FinancialYear(2018));

	private final ActionPlan plan = new ActionPlan(new ImprovementProgramme(this.cypp, 6, "Social care", null),
			new FinancialYear(2017), "CYPP, Programme 6, Action Plan 2017/18");

	@Test
	void movingAnObjectiveUpSwapsItsPlaceAndNumberWithThePreviousOne() {
		Objective first = this.plan.addObjective(1, "Leadership", null);
		Objective second = this.plan.addObjective(2, "Practice", null);

		assertThat(this.plan.moveObjective(second, Move.UP)).isTrue();

		assertThat(this.plan.orderedObjectives()).containsExactly(second, first);
		assertThat(second.getNumber()).isEqualTo(1);
		assertThat(first.getNumber()).isEqualTo(2);
	}

	@Test
	void theFirstObjectiveCannotMoveUpNorTheLastDown() {
		Objective first = this.plan.addObjective(1, "Leadership", null);
		Objective last = this.plan.addObjective(2, "Practice", null);

		assertThat(this.plan.moveObjective(first, Move.UP)).isFalse();
		assertThat(this.plan.moveObjective(last, Move.DOWN)).isFalse();
		assertThat(this.plan.orderedObjectives()).containsExactly(first, last);
	}

	@Test
	void removingAnObjectiveRenumbersThoseAfterIt() {
		Objective first = this.plan.addObjective(1, "Leadership", null);
		Objective second = this.plan.addObjective(2, "Practice", null);
		Objective third = this.plan.addObjective(3, "Partners", null);

		this.plan.removeObjective(second);

		assertThat(this.plan.orderedObjectives()).containsExactly(first, third);
		assertThat(third.getNumber()).isEqualTo(2);
		assertThat(this.plan.nextObjectiveNumber()).isEqualTo(3);
	}

	@Test
	void anObjectiveWithActionsIsNotRemoved() {
		Objective objective = this.plan.addObjective(1, "Leadership", null);
		objective.addAction("Review the structure");

		assertThatIllegalStateException().isThrownBy(() -> this.plan.removeObjective(objective));
		assertThat(this.plan.getObjectives()).containsExactly(objective);
	}

	@Test
	void anActionMovesOnlyAmongTheActionsWhereItSits() {
		Objective objective = this.plan.addObjective(2, "Practice", null);
		Action direct = objective.addAction("Direct");
		SubObjective a = objective.addSubObjective("A", "Permanence", null);
		Action firstOfA = a.addAction("First of A");
		Action secondOfA = a.addAction("Second of A");

		assertThat(objective.moveAction(firstOfA, Move.UP)).as("first under A").isFalse();
		assertThat(objective.moveAction(secondOfA, Move.UP)).isTrue();

		assertThat(objective.actionsUnder(a)).containsExactly(secondOfA, firstOfA);
		assertThat(objective.actionsUnder(null)).containsExactly(direct);
	}

	@Test
	void aSubObjectiveWithActionsIsNotRemovedButAnEmptyOneIs() {
		Objective objective = this.plan.addObjective(2, "Practice", null);
		SubObjective a = objective.addSubObjective("A", "Permanence", null);
		SubObjective b = objective.addSubObjective("B", "Stability", null);
		a.addAction("Panel");

		assertThatIllegalStateException().isThrownBy(() -> objective.removeSubObjective(a));
		objective.removeSubObjective(b);

		assertThat(objective.getSubObjectives()).containsExactly(a);
		assertThat(objective.nextSubObjectiveLetter()).isEqualTo("B");
	}

	@Test
	void rollingForwardCarriesIncompleteActionsAndLeavesBlueOnesBehind() {
		Objective objective = this.plan.addObjective(1, "Leadership", "HR Director");
		SubObjective a = objective.addSubObjective("A", "Workforce", "OM Learning");
		Action done = objective.addAction("Done");
		done.setBrag(Brag.BLUE);
		Action amber = a.addAction("Slipping");
		amber.setBrag(Brag.AMBER);
		amber.setOwners("OM Learning");
		amber.setKpiText("90% permanent");
		amber.changeDeadline(DeadlineText.parse("a) 31st May 2018 b) 1st June 2018"));
		Action unrated = objective.addAction("Not rated yet");

		RollForward roll = RollForward.of(this.plan);
		ActionPlan next = roll.newPlan();

		assertThat(roll.carried()).containsExactly(unrated, amber);
		assertThat(roll.leftBehind()).containsExactly(done);
		assertThat(next.financialYear()).isEqualTo(new FinancialYear(2018));
		assertThat(next.getTitle()).isEqualTo("CYPP, Programme 6, Action Plan 2018/19");
		assertThat(next.getStatus()).isEqualTo(ActionPlanStatus.DRAFT);
		Objective copied = next.getObjectives().get(0);
		assertThat(copied.getLead()).isEqualTo("HR Director");
		assertThat(copied.getSubObjectives()).extracting(SubObjective::getLetter).containsExactly("A");
		assertThat(copied.getActions()).extracting(Action::getDescription).containsExactly("Not rated yet", "Slipping");
		Action carried = copied.actionsUnder(copied.getSubObjectives().get(0)).get(0);
		assertThat(carried.getCarriedFrom()).isSameAs(amber);
		assertThat(carried.getBrag()).as("rating starts again").isNull();
		assertThat(carried.getOwners()).isEqualTo("OM Learning");
		assertThat(carried.getKpiText()).isEqualTo("90% permanent");
		assertThat(carried.getDeadline()).isEqualTo(LocalDate.of(2018, 6, 1));
		assertThat(carried.getDeadlineParts()).extracting(ActionDeadlinePart::getLabel).containsExactly("a)", "b)");
	}

	@Test
	void recommendationNumbersAreWrittenAsThePlanWritesThem() {
		assertThat(RecommendationNumbers.wording(List.of())).isEmpty();
		assertThat(RecommendationNumbers.wording(List.of(11))).isEqualTo("11");
		assertThat(RecommendationNumbers.wording(List.of(3, 2))).isEqualTo("2 and 3");
		assertThat(RecommendationNumbers.wording(List.of(3, 1, 2, 2))).isEqualTo("1, 2 and 3");
	}

	@Test
	void aRecommendationCellNamesSourcesTheHeadingDoesNot() {
		Recommendation ofsted2 = new Recommendation(this.cypp, "Ofsted 2017", 2, null);
		Recommendation ofsted3 = new Recommendation(this.cypp, "Ofsted 2017", 3, null);
		Recommendation peer = new Recommendation(this.cypp, "Peer review", 1, null);

		assertThat(RecommendationNumbers.cell(List.of(ofsted3, ofsted2), "Ofsted 2017")).isEqualTo("2 and 3");
		assertThat(RecommendationNumbers.cell(List.of(ofsted2, peer), null)).isEqualTo("Ofsted 2017 2; Peer review 1");
		assertThat(RecommendationNumbers.singleSource(List.of(ofsted2, ofsted3))).isEqualTo("Ofsted 2017");
		assertThat(RecommendationNumbers.singleSource(List.of(ofsted2, peer))).isNull();
	}

}
