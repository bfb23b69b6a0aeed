package org.waymark.security;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriTemplate;
import org.waymark.support.PostgresIntegrationTest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The route × role security matrix: every route the application maps, asked for by every
 * kind of person with every sample its policy names, must answer as {@link RoutePolicies}
 * declares, and never with a server error. A route nobody declared a policy for fails the
 * build, so a new controller method cannot arrive unprotected.
 * <p>
 * Requests that change things carry a CSRF token here, so that the matrix checks who may,
 * not whether the token is there; a separate test checks that without the token they are
 * all refused.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class RouteAccessMatrixIT {

	private static final Logger logger = LoggerFactory.getLogger(RouteAccessMatrixIT.class);

	private static final String REGISTRY = "src/test/java/org/waymark/security/RoutePolicies.java";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EntityManager entityManager;

	private SampleValues samples;

	private final Map<Actor, UserDetails> principals = new EnumMap<>(Actor.class);

	@BeforeEach
	void samplesAndPeople() {
		this.samples = SampleValues.load(this.jdbc, this.entityManager, this.transactions);
		for (Actor actor : Actor.values()) {
			if (actor.username() != null) {
				this.principals.put(actor, this.users.loadUserByUsername(actor.username()));
			}
		}
	}

	@Test
	void everyMappedRouteHasADeclaredPolicy() {
		SortedMap<Route, HandlerMethod> mapped = MappedRoutes.of(this.context);
		SortedSet<Route> undeclared = RoutePolicies.undeclared(mapped.keySet());
		StringBuilder message = new StringBuilder();
		message.append(undeclared.size()).append(" route(s) have no declared access policy:\n");
		for (Route route : undeclared) {
			HandlerMethod handler = mapped.get(route);
			message.append("  ")
				.append(route)
				.append("  (")
				.append(handler.getBeanType().getSimpleName())
				.append('#')
				.append(handler.getMethod().getName())
				.append(")\n");
		}
		message.append("Declare who may use each one in ").append(REGISTRY).append(", one line a route, e.g.\n");
		undeclared.forEach((route) -> message.append("  route(\"")
			.append(route.method())
			.append("\", \"")
			.append(route.pattern())
			.append("\", Policy.signedIn()),\n"));
		assertThat(undeclared).withFailMessage(message::toString).isEmpty();
	}

	@Test
	void noPolicyIsDeclaredForARouteThatIsNoLongerMapped() {
		SortedSet<Route> stale = RoutePolicies.stale(MappedRoutes.of(this.context).keySet());
		assertThat(stale)
			.withFailMessage(() -> REGISTRY + " declares policies for routes the application no longer maps: " + stale
					+ ". Remove them, or correct the method or path.")
			.isEmpty();
	}

	@Test
	void everyoneGetsWhatTheRoutePolicyDeclaresAndNeverAServerError() throws Exception {
		Set<Route> mapped = MappedRoutes.of(this.context).keySet();
		Table table = new Table();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<Route, Policy> entry : RoutePolicies.all().entrySet()) {
			Route route = entry.getKey();
			Policy policy = entry.getValue();
			if (RoutePolicies.MAPPED.containsKey(route) && !mapped.contains(route)) {
				continue; // a stale entry, reported by its own test
			}
			for (Sample sample : policy.samples()) {
				List<String> cells = new ArrayList<>();
				for (Actor actor : Actor.values()) {
					MockHttpServletResponse response = perform(route, policy, sample, actor, true);
					Outcome expected = policy.expected(sample, actor);
					Outcome actual = Outcome.of(response);
					String cell = cell(response);
					if (response.getStatus() >= 500) {
						failures.add(describe(route, sample, actor) + " answered " + response.getStatus()
								+ ": a server error is never an answer");
						cell += "!";
					}
					else if (actual != expected) {
						failures.add(describe(route, sample, actor) + " answered " + response.getStatus()
								+ location(response) + " (" + actual + ") but " + policy + " says " + expected);
						cell += "!";
					}
					cells.add(cell);
				}
				table.row(route.toString(), sample.description(), cells);
			}
		}
		logger.info("Route × role security matrix ('!' marks an answer the policy does not allow;"
				+ " 'login' is a redirect to sign in):\n{}", table);
		assertThat(failures)
			.withFailMessage(() -> "The security matrix disagrees with " + REGISTRY + ":\n  "
					+ String.join("\n  ", failures) + "\n" + table)
			.isEmpty();
	}

	@Test
	void everyRouteThatChangesThingsRefusesARequestWithoutACsrfToken() throws Exception {
		Set<Route> mapped = MappedRoutes.of(this.context).keySet();
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<Route, Policy> entry : RoutePolicies.all().entrySet()) {
			Route route = entry.getKey();
			if (!route.changesState() || (RoutePolicies.MAPPED.containsKey(route) && !mapped.contains(route))) {
				continue;
			}
			for (Sample sample : entry.getValue().samples()) {
				for (Actor actor : Actor.values()) {
					MockHttpServletResponse response = perform(route, entry.getValue(), sample, actor, false);
					checked++;
					if (response.getStatus() != 403) {
						failures.add(describe(route, sample, actor) + " without a CSRF token answered "
								+ response.getStatus() + location(response));
					}
				}
			}
		}
		assertThat(checked).as("requests that change things were checked").isPositive();
		assertThat(failures)
			.withFailMessage(
					() -> "Requests without a CSRF token must be refused (403):\n  " + String.join("\n  ", failures))
			.isEmpty();
	}

	private MockHttpServletResponse perform(Route route, Policy policy, Sample sample, Actor actor,
			boolean withCsrfToken) throws Exception {
		Object[] variables = this.samples.of(sample);
		int needed = new UriTemplate(route.pattern()).getVariableNames().size();
		if (variables.length != needed) {
			throw new IllegalStateException(
					route + " has " + needed + " path variable(s) but the sample '" + sample.description() + "' fills "
							+ variables.length + ": give it a sample that fits in " + REGISTRY);
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.pattern(), variables)
			.accept(MediaType.TEXT_HTML);
		for (String expression : route.params().split("&")) {
			// The parameters a mapping insists on ("action=submit", "download"); ones it
			// forbids ("!preview") are simply not sent.
			if (!expression.isEmpty() && !expression.contains("!")) {
				int equals = expression.indexOf('=');
				request.param((equals < 0) ? expression : expression.substring(0, equals),
						(equals < 0) ? "" : expression.substring(equals + 1));
			}
		}
		policy.parameters().forEach(request::param);
		if (withCsrfToken && route.changesState()) {
			request.with(csrf());
		}
		if (actor != Actor.ANONYMOUS) {
			request.with(user(this.principals.get(actor)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String describe(Route route, Sample sample, Actor actor) {
		return route + " (" + sample.description() + ") as " + actor;
	}

	private static String cell(MockHttpServletResponse response) {
		return (Outcome.of(response) == Outcome.SIGN_IN) ? "login" : String.valueOf(response.getStatus());
	}

	private static String location(MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		return (location != null) ? " to " + location : "";
	}

	/** The matrix as text: a row per route and sample, a column per actor. */
	private static final class Table {

		private final List<String[]> rows = new ArrayList<>();

		Table() {
			List<String> header = new ArrayList<>(List.of("Route", "Sample"));
			for (Actor actor : Actor.values()) {
				header.add(actor.name());
			}
			this.rows.add(header.toArray(String[]::new));
		}

		void row(String route, String sample, List<String> cells) {
			List<String> row = new ArrayList<>(List.of(route, sample));
			row.addAll(cells);
			this.rows.add(row.toArray(String[]::new));
		}

		@Override
		public String toString() {
			int columns = this.rows.get(0).length;
			int[] widths = new int[columns];
			for (String[] row : this.rows) {
				for (int i = 0; i < columns; i++) {
					widths[i] = Math.max(widths[i], row[i].length());
				}
			}
			StringBuilder text = new StringBuilder();
			for (String[] row : this.rows) {
				for (int i = 0; i < columns; i++) {
					text.append(String.format("%-" + widths[i] + "s", row[i]));
					text.append((i < columns - 1) ? "  " : "\n");
				}
			}
			return text.toString();
		}

	}

}
