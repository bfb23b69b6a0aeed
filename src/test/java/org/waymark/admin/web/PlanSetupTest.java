package org.waymark.admin.web;

import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSetupTest {

	private static final Predicate<ImprovementProgramme> NOBODY_LEADS = (programme) -> false;

	private final Plan plan = new Plan("Our Plan", "OP", new FinancialYear(2020), new FinancialYear(2020));

	@Test
	void leadsAreCompleteOnceEveryProgrammeInUseHasALead() {
		ImprovementProgramme first = new ImprovementProgramme(this.plan, 1, "One", null);
		ImprovementProgramme second = new ImprovementProgramme(this.plan, 2, "Two", null);
		ImprovementProgramme retired = new ImprovementProgramme(this.plan, 3, "Three", null);
		retired.retire();
		List<ImprovementProgramme> programmes = List.of(first, second, retired);
		assertThat(PlanSetup.of(this.plan, List.of(), List.of(), NOBODY_LEADS).leads())
			.isEqualTo(TaskStatus.CANNOT_START);
		assertThat(PlanSetup.of(this.plan, programmes, List.of(), NOBODY_LEADS).leads())
			.isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(PlanSetup.of(this.plan, programmes, List.of(), (p) -> p == first).leads())
			.isEqualTo(TaskStatus.INCOMPLETE);
		assertThat(PlanSetup.of(this.plan, programmes, List.of(), (p) -> p != retired).leads())
			.isEqualTo(TaskStatus.COMPLETED);
	}

	@Test
	void aNewPlanHasItsDetailsToFinishAndNothingElseStartable() {
		PlanSetup setup = PlanSetup.of(this.plan, List.of(), List.of(), NOBODY_LEADS);
		assertThat(setup.details()).isEqualTo(TaskStatus.INCOMPLETE);
		assertThat(setup.programmes()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(setup.groups()).isEqualTo(TaskStatus.CANNOT_START);
		assertThat(setup.owners()).isEqualTo(TaskStatus.CANNOT_START);
		assertThat(setup.leads()).isEqualTo(TaskStatus.CANNOT_START);
		assertThat(setup.calendar()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(setup.activation()).isEqualTo(TaskStatus.CANNOT_START);
		assertThat(setup.completed()).isZero();
	}

	@Test
	void aFullySetUpPlanHasEveryTaskCompleted() {
		this.plan.setVision("Every child thrives");
		ImprovementProgramme programme = new ImprovementProgramme(this.plan, 1, "Early help",
				new DeliveryGroup("Board", "A Chair", "Director"));
		programme.setSeniorResponsibleOwners("Director");
		programme.setScrutinyChampions("Cllr Smith");
		List<ReportingPeriod> periods = quarters();
		periods.get(0).open(LocalDate.of(2020, 7, 12));
		this.plan.activate();
		PlanSetup setup = PlanSetup.of(this.plan, List.of(programme), periods, (p) -> true);
		assertThat(List.of(setup.details(), setup.programmes(), setup.groups(), setup.owners(), setup.leads(),
				setup.calendar(), setup.activation()))
			.containsOnly(TaskStatus.COMPLETED);
		assertThat(setup.completed()).isEqualTo(7).isEqualTo(setup.total());
	}

	@Test
	void groupsAreIncompleteWhileAProgrammeHasNoGroupWithAChair() {
		ImprovementProgramme withChair = new ImprovementProgramme(this.plan, 1, "One",
				new DeliveryGroup("Board", "A Chair", null));
		ImprovementProgramme chairless = new ImprovementProgramme(this.plan, 2, "Two",
				new DeliveryGroup("Other board", null, null));
		assertThat(PlanSetup.of(this.plan, List.of(withChair, chairless), List.of(), NOBODY_LEADS).groups())
			.isEqualTo(TaskStatus.INCOMPLETE);
		assertThat(PlanSetup.of(this.plan, List.of(chairless), List.of(), NOBODY_LEADS).groups())
			.isEqualTo(TaskStatus.NOT_STARTED);
	}

	@Test
	void aRetiredProgrammeIsNotCountedAgainstTheSetUp() {
		ImprovementProgramme done = new ImprovementProgramme(this.plan, 1, "One",
				new DeliveryGroup("Board", "A Chair", null));
		ImprovementProgramme retired = new ImprovementProgramme(this.plan, 2, "Two", null);
		retired.retire();
		assertThat(PlanSetup.of(this.plan, List.of(done, retired), List.of(), NOBODY_LEADS).groups())
			.isEqualTo(TaskStatus.COMPLETED);
	}

	@Test
	void theCalendarIsIncompleteUntilAQuarterHasBeenOpened() {
		List<ReportingPeriod> periods = quarters();
		assertThat(PlanSetup.of(this.plan, List.of(), periods, NOBODY_LEADS).calendar())
			.isEqualTo(TaskStatus.INCOMPLETE);
		periods.get(0).open(LocalDate.of(2020, 7, 12));
		assertThat(PlanSetup.of(this.plan, List.of(), periods, NOBODY_LEADS).calendar())
			.isEqualTo(TaskStatus.COMPLETED);
		assertThat(PlanSetup.of(this.plan, List.of(), periods.subList(0, 2), NOBODY_LEADS).calendar())
			.isEqualTo(TaskStatus.INCOMPLETE);
	}

	@Test
	void aDraftWithProgrammesAndQuartersCanBeMadeActive() {
		ImprovementProgramme programme = new ImprovementProgramme(this.plan, 1, "One", null);
		assertThat(PlanSetup.of(this.plan, List.of(programme), quarters(), NOBODY_LEADS).activation())
			.isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(PlanSetup.of(this.plan, List.of(programme), List.of(), NOBODY_LEADS).activation())
			.isEqualTo(TaskStatus.CANNOT_START);
	}

	private List<ReportingPeriod> quarters() {
		List<ReportingPeriod> periods = new ArrayList<>();
		for (ReportingQuarter quarter : this.plan.span().quarters()) {
			periods.add(new ReportingPeriod(this.plan, quarter, quarter.defaultDueDate()));
		}
		return periods;
	}

}
