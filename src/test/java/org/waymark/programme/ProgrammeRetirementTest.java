package org.waymark.programme;

import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgrammeRetirementTest {

	private static ImprovementProgramme programme() {
		Plan plan = new Plan("Our Plan", "OP", new FinancialYear(2020), new FinancialYear(2022));
		plan.nameProgrammes("priority", "priorities");
		return new ImprovementProgramme(plan, 2, "Healthy lives", null);
	}

	@Test
	void aProgrammeInUseIsAskedForReturnsWhetherOrNotItHasAReport() {
		ImprovementProgramme programme = programme();
		assertThat(programme.isAskedForReturns(false)).isTrue();
		assertThat(programme.isAskedForReturns(true)).isTrue();
	}

	@Test
	void aRetiredProgrammeIsListedOnlyWhereItAlreadyHasAReport() {
		ImprovementProgramme programme = programme();
		programme.retire();
		assertThat(programme.isRetired()).isTrue();
		assertThat(programme.isAskedForReturns(false)).isFalse();
		assertThat(programme.isAskedForReturns(true)).isTrue();
	}

	@Test
	void aProgrammePutBackInUseIsAskedForReturnsAgain() {
		ImprovementProgramme programme = programme();
		programme.retire();
		programme.reinstate();
		assertThat(programme.isAskedForReturns(false)).isTrue();
	}

	@Test
	void renumberingTakesAPositiveNumber() {
		ImprovementProgramme programme = programme();
		programme.renumber(4);
		assertThat(programme.getNumber()).isEqualTo(4);
		assertThatIllegalArgumentException().isThrownBy(() -> programme.renumber(0));
		assertThat(programme.getNumber()).isEqualTo(4);
	}

	@Test
	void aPlanNamesItsProgrammesInItsOwnWords() {
		assertThat(programme().getPlan().programmeLabel(2)).isEqualTo("Priority 2");
	}

}
