package org.waymark.config;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.user.Role;
import org.waymark.user.WaymarkUser;
import org.waymark.support.PostgresIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on against an OpenID Connect provider running in the test's own process
 * (NAV's mock-oauth2-server), configured only with properties, as an installation would
 * be: the sign-in page offers it, the redirect flow signs a Waymark user in as the form
 * would (their own role and programmes), and people the provider vouches for who have no
 * enabled Waymark account are sent back to the sign-in page. Every outcome is audited.
 * The email is read from the {@code preferred_username} claim, as Entra ID installations
 * configure it. Each test runs in a transaction that is rolled back.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(
		properties = { "waymark.demo-data.enabled=true", "waymark.single-sign-on.email-claim=preferred_username" })
@Transactional
class SingleSignOnIT {

	private static final String ISSUER = "entra";

	private static final String CLIENT_ID = "waymark-test";

	private static final MockOAuth2Server provider = started();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private long lastLine;

	private static MockOAuth2Server started() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void registration(DynamicPropertyRegistry properties) {
		String prefix = "spring.security.oauth2.client.registration.entra.";
		properties.add(prefix + "client-id", () -> CLIENT_ID);
		properties.add(prefix + "client-secret", () -> "not-a-secret");
		properties.add(prefix + "client-name", () -> "Microsoft Entra ID");
		properties.add(prefix + "scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.entra.issuer-uri",
				() -> provider.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stopTheProvider() {
		provider.shutdown();
	}

	@BeforeEach
	void markTheLog() {
		this.lastLine = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	@Test
	void theSignInPageOffersTheProviderBesideTheForm() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("a.govuk-button").eachText()).containsExactly("Sign in with Microsoft Entra ID");
		assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/oauth2/authorization/entra");
		assertThat(page.select("input#password")).as("the form stays").hasSize(1);
	}

	@Test
	void aLeadWhoseAccountExistsIsSignedInWithTheirOwnRoleAndProgrammes() throws Exception {
		MockHttpSession session = new MockHttpSession();

		String landing = signIn(session, "Lead@Example.org");

		assertThat(landing).isEqualTo("/");
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().getPrincipal()).isInstanceOf(WaymarkUser.class);
		WaymarkUser user = (WaymarkUser) context.getAuthentication().getPrincipal();
		assertThat(user.getUsername()).isEqualTo("lead@example.org");
		assertThat(user.getRoles()).containsExactly(Role.LEAD);
		assertThat(user.getAssignedProgrammeIds()).isNotEmpty();
		this.mvc.perform(get("/reports/mine").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/admin").session(session)).andExpect(status().isForbidden());
		assertThat(auditLines()).containsExactly(
				"lead@example.org|SIGN_IN|Signed in via single sign-on (Microsoft Entra ID)|lead@example.org");
	}

	@Test
	void someoneWithNoWaymarkAccountIsSentBackToTheSignInPage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		String landing = signIn(session, stranger);

		assertThat(landing).isEqualTo(SingleSignOn.REFUSED_URL);
		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
		this.mvc.perform(get("/reports/mine").session(session)).andExpect(status().is3xxRedirection());
		Document page = Jsoup.parse(this.mvc.perform(get(landing))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary").text())
			.contains("Your organisation account is not set up in Waymark; ask the business manager");
		assertThat(auditLines()).containsExactly(stranger + "|SIGN_IN_FAILED"
				+ "|Single sign-on refused: no Waymark account has this email address|" + stranger);
	}

	@Test
	void someoneWhoseAccountIsDisabledIsRefused() throws Exception {
		String disabled = "disabled-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		long id = this.jdbc.queryForObject(
				"insert into app_user (username, display_name, password_hash, enabled) values (?, ?, ?, false) returning id",
				Long.class, disabled, "Disabled Lead", "{noop}unused");
		this.jdbc.update("insert into user_role (user_id, role) values (?, 'LEAD')", id);
		MockHttpSession session = new MockHttpSession();

		assertThat(signIn(session, disabled)).isEqualTo(SingleSignOn.REFUSED_URL);

		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
		assertThat(auditLines()).containsExactly(
				disabled + "|SIGN_IN_FAILED|Single sign-on refused: the Waymark account is disabled|" + disabled);
	}

	/**
	 * Goes through the redirect flow as a browser would, the provider vouching for the
	 * given preferred_username: Waymark sends the browser to the provider, the provider
	 * back with a code, and Waymark exchanges it for tokens.
	 * @return where Waymark sends the browser at the end
	 */
	private String signIn(MockHttpSession session, String preferredUsername) throws Exception {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, UUID.randomUUID().toString(), "JWT",
				List.of(CLIENT_ID), Map.of("preferred_username", preferredUsername, "name", "Someone"), 3600));
		String toProvider = this.mvc.perform(get("/oauth2/authorization/entra").session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(toProvider).startsWith(provider.issuerUrl(ISSUER).toString());
		HttpResponse<Void> answer = this.browser.send(HttpRequest.newBuilder(URI.create(toProvider)).build(),
				HttpResponse.BodyHandlers.discarding());
		URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
		assertThat(back.getPath()).isEqualTo("/login/oauth2/code/entra");
		return this.mvc.perform(get(back).session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private List<String> auditLines() {
		return this.jdbc.queryForList(
				"select actor || '|' || category || '|' || summary || '|' || coalesce(subject, '') from audit_event"
						+ " where id > ? and category in ('SIGN_IN', 'SIGN_IN_FAILED') order by id",
				String.class, this.lastLine);
	}

}
