package org.waymark.risk;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.waymark.user.AccessPolicy;
import org.waymark.user.TestUsers;
import org.waymark.user.WaymarkUser;

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
	void leadsAndAdminsMayAddRisks() {
		assertThat(this.editors.mayAdd(signedIn(TestUsers.admin()))).isTrue();
		assertThat(this.editors.mayAdd(signedIn(TestUsers.lead(7L)))).isTrue();
		assertThat(this.editors.mayAdd(signedIn(TestUsers.executive()))).isFalse();
		assertThat(this.editors.mayAdd(signedIn(TestUsers.scrutiny()))).isFalse();
	}

}
