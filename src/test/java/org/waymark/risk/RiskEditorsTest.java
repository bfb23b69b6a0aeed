package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.waymark.user.AccessPolicy;
import org.waymark.user.TestUsers;
import org.waymark.user.WaymarkUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RiskEditorsTest {

	private final RiskEditors editors = new RiskEditors(new AccessPolicy());

	private static Authentication signedIn(WaymarkUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Test
	void aProgrammesRisksAreChangedByItsLeadsAndAdmins() {
		assertThat(this.editors.mayEdit(signedIn(TestUsers.lead(1L, 5L)), 1L)).isTrue();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.lead(1L, 5L)), 7L)).isFalse();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.admin()), 7L)).isTrue();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.executive()), 1L)).isFalse();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.scrutiny(1L)), 1L)).isFalse();
	}

	@Test
	void corporateRisksAreChangedByAdminsOnly() {
		assertThat(this.editors.mayEdit(signedIn(TestUsers.admin()), null)).isTrue();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.lead(1L, 5L)), null)).isFalse();
		assertThat(this.editors.mayEdit(signedIn(TestUsers.executive()), null)).isFalse();
		assertThat(this.editors.mayEdit(null, null)).isFalse();
	}

	@Test
	void adminsAndLeadsOfThePlansProgrammesMayAddRisks() {
		List<Long> planWithSeven = List.of(1L, 7L);
		List<Long> otherPlan = List.of(21L, 22L);
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.admin()), otherPlan)).isTrue();
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.admin()), List.of()))
			.as("the corporate register of a plan with no programmes yet")
			.isTrue();
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.lead(7L)), planWithSeven)).isTrue();
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.lead(7L)), otherPlan))
			.as("a lead of none of the plan's programmes")
			.isFalse();
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.executive()), planWithSeven)).isFalse();
		assertThat(this.editors.mayAddToPlan(signedIn(TestUsers.scrutiny()), planWithSeven)).isFalse();
	}

}
