package org.waymark.action;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;

import static org.assertj.core.api.Assertions.assertThat;

class CarriedForwardTest {

	private final Plan plan = new Plan("Test plan", "TP", new FinancialYear(2016), new FinancialYear(2018));

	private final ImprovementProgramme programme = new ImprovementProgramme(this.plan, 6, "Programme", null);

	private long nextId = 1;

	@Test
	void actionNeverCarriedForwardIsItsOwnLatestCopy() {
		Action action = action(2017);
		assertThat(new CarriedForward().latestCopyOf(action)).isSameAs(action);
	}

	@Test
	void actionCarriedForwardLivesOnInItsCopyAndTheCopysCopy() {
		Action original = action(2016);
		Action copy = action(2017);
		Action copyOfCopy = action(2018);
		CarriedForward carried = new CarriedForward();
		carried.add(original.getId(), copy);
		carried.add(copy.getId(), copyOfCopy);
		assertThat(carried.latestCopyOf(original)).isSameAs(copyOfCopy);
		assertThat(carried.latestCopyOf(copy)).isSameAs(copyOfCopy);
		assertThat(carried.isSuperseded(original.getId())).isTrue();
		assertThat(carried.isSuperseded(copyOfCopy.getId())).isFalse();
	}

	@Test
	void actionCopiedTwiceLivesOnInTheCopyInTheLatestPlan() {
		Action original = action(2016);
		Action later = action(2018);
		Action earlier = action(2017);
		CarriedForward carried = new CarriedForward();
		carried.add(original.getId(), later);
		carried.add(original.getId(), earlier);
		assertThat(carried.latestCopyOf(original)).isSameAs(later);
	}

	@Test
	void aLoopOfCopiesEndsRatherThanRunningForever() {
		Action one = action(2016);
		Action two = action(2017);
		CarriedForward carried = new CarriedForward();
		carried.add(one.getId(), two);
		carried.add(two.getId(), one);
		assertThat(carried.latestCopyOf(one)).isIn(one, two);
	}

	private Action action(int year) {
		ActionPlan actionPlan = new ActionPlan(this.programme, new FinancialYear(year), "Plan " + year);
		Action action = actionPlan.addObjective(1, "Objective", null).addAction("Action in " + year);
		ReflectionTestUtils.setField(action, "id", this.nextId++);
		return action;
	}

}
