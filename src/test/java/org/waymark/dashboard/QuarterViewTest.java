package org.waymark.dashboard;

import org.junit.jupiter.api.Test;
import org.waymark.dashboard.PlanDashboard.Period;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterViewTest {

	private static final Period Q1 = new Period(11, "2017/18 Q1", "Year 2 Q1", null);

	private static final Period Q2 = new Period(12, "2017/18 Q2", "Year 2 Q2", null);

	private static final Period Q3 = new Period(13, "2017/18 Q3", "Year 2 Q3", null);

	@Test
	void aQuarterLinksToTheQuartersEitherSideOfItInThePlan() {
		assertThat(view(Q2).previous()).isEqualTo(Q1);
		assertThat(view(Q2).next()).isEqualTo(Q3);
	}

	@Test
	void thePlansFirstAndLastQuartersHaveNothingBeforeOrAfter() {
		assertThat(view(Q1).previous()).isNull();
		assertThat(view(Q1).next()).isEqualTo(Q2);
		assertThat(view(Q3).next()).isNull();
		assertThat(view(Q3).previous()).isEqualTo(Q2);
	}

	private static QuarterView view(Period shown) {
		return new QuarterView(1, "Plan", shown, List.of(Q1, Q2, Q3), true, List.of(), List.of(), "Programme");
	}

}
