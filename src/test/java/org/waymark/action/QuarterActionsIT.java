package org.waymark.action;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.QuarterActions.BragCounts;
import org.waymark.action.QuarterActions.QuarterAction;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.Quarter;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.support.PostgresIntegrationTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's actions as they stood in a quarter, on PostgreSQL, for a plan of the test's
 * own (rolled back): the quarter's update rates an action, else the plan's rating; the
 * year's plans only, drafts when asked; overdue judged at the quarter's last day.
 */
@PostgresIntegrationTest
@Transactional
class QuarterActionsIT {

	@Autowired
	private QuarterActions quarterActions;

	@Autowired
	private EntityManager entityManager;

	private Plan plan;

	private ReportingPeriod q2;

	private ImprovementProgramme first;

	private ImprovementProgramme second;

	@BeforeEach
	void planWithTwoProgrammes() {
		this.plan = new Plan("Quarter actions test plan", "QUARTER-ACTIONS", new FinancialYear(2018),
				new FinancialYear(2019));
		this.entityManager.persist(this.plan);
		this.q2 = new ReportingPeriod(this.plan, new ReportingQuarter(new FinancialYear(2018), Quarter.Q2),
				LocalDate.of(2018, 10, 15));
		this.entityManager.persist(this.q2);
		this.first = programme(1);
		this.second = programme(2);
	}

	@Test
	void eachActionIsRatedByItsUpdateForTheQuarterElseByThePlanAndJudgedOverdueAtTheQuarterEnd() {
		Objective one = objective(this.first, 2018, ActionPlanStatus.FINAL);
		Action updated = action(one, "Rated Red by the plan, Amber this quarter", LocalDate.of(2019, 3, 31), Brag.RED);
		action(one, "Due before the quarter ended, still Green", LocalDate.of(2018, 9, 1), Brag.GREEN);
		action(one, "Due after the quarter ended", LocalDate.of(2018, 10, 1), Brag.GREEN);
		action(one, "Due before, but complete", LocalDate.of(2018, 8, 1), Brag.BLUE);
		action(one, "Never rated, due on the quarter's last day", LocalDate.of(2018, 9, 30), null);
		Objective other = objective(this.second, 2018, ActionPlanStatus.FINAL);
		action(other, "The second programme's action", null, Brag.AMBER);
		objective(this.second, 2019, ActionPlanStatus.FINAL).addAction("Next year's action");
		this.entityManager.persist(new ActionUpdate(updated, this.q2, Brag.AMBER, "Slipping"));
		this.entityManager.flush();

		List<QuarterAction> actions = this.quarterActions.actionsOf(this.plan.getId(), this.q2, false);

		assertThat(actions).extracting(QuarterAction::description)
			.containsExactly("Rated Red by the plan, Amber this quarter", "Due before the quarter ended, still Green",
					"Due after the quarter ended", "Due before, but complete",
					"Never rated, due on the quarter's last day", "The second programme's action");
		assertThat(actions).extracting(QuarterAction::brag)
			.containsExactly(Brag.AMBER, Brag.GREEN, Brag.GREEN, Brag.BLUE, null, Brag.AMBER);
		assertThat(actions).extracting(QuarterAction::overdue).containsExactly(false, true, false, false, false, false);
		assertThat(QuarterActions.countsByProgramme(actions)).containsExactly(
				org.assertj.core.api.Assertions.entry(this.first.getId(), new BragCounts(1, 2, 1, 0, 1, 1)),
				org.assertj.core.api.Assertions.entry(this.second.getId(), new BragCounts(0, 0, 1, 0, 0, 0)));
	}

	@Test
	void actionsOfDraftPlansCountOnlyWhenAsked() {
		action(objective(this.first, 2018, ActionPlanStatus.FINAL), "Final plan's action", null, Brag.GREEN);
		action(objective(this.second, 2018, ActionPlanStatus.DRAFT), "Draft plan's action", null, Brag.GREEN);
		this.entityManager.flush();

		assertThat(this.quarterActions.actionsOf(this.plan.getId(), this.q2, false))
			.extracting(QuarterAction::description)
			.containsExactly("Final plan's action");
		assertThat(this.quarterActions.actionsOf(this.plan.getId(), this.q2, true))
			.extracting(QuarterAction::description)
			.containsExactly("Final plan's action", "Draft plan's action");
	}

	private ImprovementProgramme programme(int number) {
		ImprovementProgramme programme = new ImprovementProgramme(this.plan, number, "Programme " + number, null);
		this.entityManager.persist(programme);
		return programme;
	}

	private Objective objective(ImprovementProgramme programme, int year, ActionPlanStatus status) {
		ActionPlan actionPlan = new ActionPlan(programme, new FinancialYear(year), "Action plan " + year);
		actionPlan.setStatus(status);
		Objective objective = actionPlan.addObjective(1, "Objective", null);
		this.entityManager.persist(actionPlan);
		return objective;
	}

	private Action action(Objective objective, String description, LocalDate due, Brag brag) {
		Action action = objective.addAction(description);
		if (due != null) {
			action.setDeadline(due.toString(), due);
		}
		action.setBrag(brag);
		this.entityManager.persist(action);
		return action;
	}

}
