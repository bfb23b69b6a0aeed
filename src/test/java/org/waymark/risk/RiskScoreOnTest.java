package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk's score on a given day, read from its assessment history: what comparing two
 * quarters shows for each quarter's end.
 */
class RiskScoreOnTest {

	private final Risk risk = new Risk(new Plan("Children and Young People's Plan 2016-2019", "CYPP",
			new FinancialYear(2016), new FinancialYear(2018)), null, "Safeguarding Children", 0);

	@Test
	void beforeItsFirstAssessmentARiskHasNoScore() {
		this.risk.assess(LocalDate.of(2017, 6, 7), null, new RiskScore(4, 5), null);
		assertThat(this.risk.scoreOn(LocalDate.of(2017, 6, 6))).isEmpty();
	}

	@Test
	void itStandsAtTheLatestAssessmentOnOrBeforeTheDay() {
		this.risk.assess(LocalDate.of(2017, 6, 7), null, new RiskScore(4, 5), null);
		this.risk.assess(LocalDate.of(2018, 2, 1), null, new RiskScore(3, 4), null);
		assertThat(this.risk.scoreOn(LocalDate.of(2017, 6, 7))).contains(new RiskScore(4, 5));
		assertThat(this.risk.scoreOn(LocalDate.of(2017, 12, 31))).contains(new RiskScore(4, 5));
		assertThat(this.risk.scoreOn(LocalDate.of(2018, 2, 1))).contains(new RiskScore(3, 4));
		assertThat(this.risk.scoreOn(LocalDate.of(2018, 3, 31))).contains(new RiskScore(3, 4));
	}

	@Test
	void ofTwoAssessmentsOnOneDayTheOneRecordedLaterCounts() {
		this.risk.assess(LocalDate.of(2018, 2, 1), null, new RiskScore(3, 4), null);
		this.risk.assess(LocalDate.of(2018, 2, 1), null, new RiskScore(2, 4), null);
		assertThat(this.risk.scoreOn(LocalDate.of(2018, 3, 31))).contains(new RiskScore(2, 4));
	}

	@Test
	void aBackDatedAssessmentCountsForTheDaysAfterIt() {
		this.risk.assess(LocalDate.of(2018, 6, 1), null, new RiskScore(2, 2), null);
		this.risk.assess(LocalDate.of(2018, 1, 15), null, new RiskScore(5, 5), null);
		assertThat(this.risk.scoreOn(LocalDate.of(2018, 3, 31))).contains(new RiskScore(5, 5));
		assertThat(this.risk.scoreOn(LocalDate.of(2018, 6, 30))).contains(new RiskScore(2, 2));
	}

}
