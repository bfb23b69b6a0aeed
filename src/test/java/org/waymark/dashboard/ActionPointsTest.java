package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.action.Brag;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.dashboard.ProgrammeDashboard.ActionPoint;
import org.waymark.dashboard.ProgrammeDashboard.ObjectiveSummary;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPointsTest {

	private static QuarterAction action(int objective, String description, LocalDate deadline, String deadlineText,
			Brag brag, boolean overdue) {
		return new QuarterAction(description.hashCode(), 50, 6, objective, "Objective " + objective, description,
				"Owner", deadlineText, deadline, brag, overdue, null);
	}

	@Test
	void actionsAreCountedByObjectiveInObjectiveOrder() {
		List<ObjectiveSummary> objectives = ActionPoints
			.byObjective(List.of(action(2, "b1", null, null, Brag.GREEN, false),
					action(1, "a1", null, null, Brag.BLUE, false), action(2, "b2", null, null, null, false)));

		assertThat(objectives).extracting(ObjectiveSummary::number).containsExactly(1, 2);
		assertThat(objectives.get(1).title()).isEqualTo("Objective 2");
		assertThat(objectives.get(1).counts().green()).isEqualTo(1);
		assertThat(objectives.get(1).counts().unrated()).isEqualTo(1);
		assertThat(objectives.get(0).counts().blue()).isEqualTo(1);
	}

	@Test
	void overdueActionsComeFirstThenTheNearestDeadlinesOfThoseNotComplete() {
		List<ObjectiveSummary> objectives = ActionPoints
			.byObjective(List.of(action(1, "later", LocalDate.of(2018, 9, 30), null, Brag.GREEN, false),
					action(1, "sooner", LocalDate.of(2018, 6, 30), "End of June 2018", Brag.AMBER, false),
					action(1, "done", LocalDate.of(2018, 5, 1), null, Brag.BLUE, false),
					action(1, "late", LocalDate.of(2018, 3, 31), null, Brag.GREEN, true),
					action(1, "ongoing", null, "Incremental during 2018/19", Brag.GREEN, false),
					action(1, "last", LocalDate.of(2019, 3, 31), null, Brag.GREEN, false)));

		ObjectiveSummary objective = objectives.get(0);
		assertThat(objective.attention()).extracting(ActionPoint::description)
			.containsExactly("late", "sooner", "later");
		assertThat(objective.attention().get(0).overdue()).isTrue();
		assertThat(objective.attention().get(0).deadline()).isEqualTo("31 March 2018");
		assertThat(objective.attention().get(1).deadline()).as("as written").isEqualTo("End of June 2018");
		assertThat(objective.more()).as("the one due last; not the complete one nor the one with no date").isEqualTo(1);
		assertThat(objective.counts().overdue()).isEqualTo(1);
	}

	@Test
	void anObjectiveWithNothingDueListsNothing() {
		ObjectiveSummary objective = ActionPoints
			.byObjective(List.of(action(3, "ongoing", null, "Incremental", Brag.GREEN, false)))
			.get(0);
		assertThat(objective.attention()).isEmpty();
		assertThat(objective.more()).isZero();
	}

}
