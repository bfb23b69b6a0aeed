package org.waymark.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks the security matrix relies on: an unknown route is reported, a stale policy
 * is reported, and answers fall into the right class.
 */
class RoutePoliciesTest {

	@Test
	void aMappedRouteWithoutAPolicyIsReported() {
		Set<Route> mapped = new HashSet<>(RoutePolicies.MAPPED.keySet());
		mapped.add(new Route("GET", "/canary"));
		mapped.add(new Route("POST", "/reports/{id}", "action=submit"));
		assertThat(RoutePolicies.undeclared(mapped)).containsExactly(new Route("GET", "/canary"),
				new Route("POST", "/reports/{id}", "action=submit"));
		assertThat(RoutePolicies.stale(mapped)).isEmpty();
	}

	@Test
	void aPolicyForARouteNoLongerMappedIsReported() {
		Set<Route> mapped = new HashSet<>(RoutePolicies.MAPPED.keySet());
		mapped.remove(new Route("GET", "/reports/{id}"));
		assertThat(RoutePolicies.stale(mapped)).containsExactly(new Route("GET", "/reports/{id}"));
		assertThat(RoutePolicies.undeclared(mapped)).isEmpty();
	}

	@Test
	void routesDifferingOnlyInRequiredParametersAreDifferentRoutes() {
		assertThat(new Route("post", "/reports/{id}", "action=submit"))
			.isNotEqualTo(new Route("POST", "/reports/{id}", "action=publish"))
			.isEqualTo(new Route("POST", "/reports/{id}", "action=submit"));
	}

	@Test
	void aRedirectToTheBareSignInPageIsSignIn() {
		assertThat(Outcome.of(redirect("http://localhost/login"))).isEqualTo(Outcome.SIGN_IN);
		assertThat(Outcome.of(redirect("/login"))).isEqualTo(Outcome.SIGN_IN);
	}

	@Test
	void aRedirectAfterSigningInOrOutIsAllowed() {
		assertThat(Outcome.of(redirect("/login?error"))).isEqualTo(Outcome.ALLOWED);
		assertThat(Outcome.of(redirect("/login?signedOut"))).isEqualTo(Outcome.ALLOWED);
		assertThat(Outcome.of(redirect("/reports/1"))).isEqualTo(Outcome.ALLOWED);
	}

	@Test
	void forbiddenAndNotFoundAreDeniedAndOtherErrorsAreUnexpected() {
		assertThat(Outcome.of(status(403))).isEqualTo(Outcome.DENIED);
		assertThat(Outcome.of(status(404))).isEqualTo(Outcome.DENIED);
		assertThat(Outcome.of(status(200))).isEqualTo(Outcome.ALLOWED);
		assertThat(Outcome.of(status(400))).isEqualTo(Outcome.UNEXPECTED);
		assertThat(Outcome.of(status(405))).isEqualTo(Outcome.UNEXPECTED);
		assertThat(Outcome.of(status(500))).isEqualTo(Outcome.UNEXPECTED);
	}

	@Test
	void everyPolicyTellsWhatEveryActorGets() {
		RoutePolicies.all().forEach((route, policy) -> {
			assertThat(policy.samples()).as(route.toString()).isNotEmpty();
			for (Sample sample : policy.samples()) {
				for (Actor actor : Actor.values()) {
					assertThat(policy.expected(sample, actor)).as("%s %s %s", route, sample, actor).isNotNull();
				}
			}
		});
	}

	private static MockHttpServletResponse redirect(String location) {
		MockHttpServletResponse response = status(302);
		response.setHeader("Location", location);
		return response;
	}

	private static MockHttpServletResponse status(int status) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setStatus(status);
		return response;
	}

}
