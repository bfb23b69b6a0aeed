package org.waymark.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's user pages and the password pages on the real application and PostgreSQL:
 * creating people with a one-time link, its lifecycle, changes that reach a signed-in
 * person's session, refusals, changing one's own password, throttling of repeated failed
 * sign-ins, and the audit lines each writes. Every test makes its own people, with unique
 * email addresses; the demo users are only read.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class UserAdministrationIT {

	private static final String GOOD_PASSWORD = "purple walrus lantern";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Passwords passwords;

	private UserDetails admin() {
		return this.users.loadUserByUsername("admin@example.org");
	}

	private long programmeOne() {
		return this.jdbc.queryForObject("select p.id from improvement_programme p join plan on plan.id = p.plan_id"
				+ " where plan.short_name = ? and p.number = 1", Long.class, DemoFixtures.DEMO_PLAN);
	}

	private static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * Creates a lead of programme 1 through the admin's form; returns the link issued.
	 */
	private Passwords.IssuedLink createLead(String email, String name) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/users/new").with(user(admin()))
				.with(csrf())
				.param("displayName", name)
				.param("email", email)
				.param("jobTitle", "Delivery group lead")
				.param("roles", "LEAD")
				.param("leads", String.valueOf(programmeOne())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users/link"))
			.andReturn();
		return (Passwords.IssuedLink) result.getFlashMap().get("link");
	}

	private long userId(String email) {
		return this.jdbc.queryForObject("select id from app_user where lower(username) = lower(?)", Long.class, email);
	}

	private long version(String email) {
		return this.jdbc.queryForObject("select version from app_user where lower(username) = lower(?)", Long.class,
				email);
	}

	private List<String> audit(String subject, String category) {
		return this.jdbc.queryForList("select summary from audit_event where subject = ? and category = ? order by id",
				String.class, subject, category);
	}

	private void setPassword(String token, String password) throws Exception {
		this.mvc
			.perform(post("/password/set/" + token).with(csrf())
				.param("newPassword", password)
				.param("confirmPassword", password))
			.andExpect(redirectedUrl("/login?passwordSet"));
	}

	private MockHttpSession signIn(String email, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(authenticated())
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aNewUserGetsALinkShownToTheAdminSetsTheirPasswordWithItAndSignsIn() throws Exception {
		String email = uniqueEmail("new-lead");
		Passwords.IssuedLink link = createLead(email, "Nia Newlead");
		assertThat(link.emailed()).as("no mail server is configured").isFalse();
		String shown = page(get("/admin/users/link").with(user(admin())).flashAttr("link", link));
		assertThat(shown).contains("/password/set/" + link.token()).contains("Nia Newlead");
		// Shown once: the page has nothing to show without the flash.
		assertThat(page(get("/admin/users/link").with(user(admin())))).doesNotContain(link.token());

		// Nobody can sign in before the password is set.
		this.mvc.perform(formLogin("/login").user(email).password("")).andExpect(unauthenticated());

		assertThat(page(get("/password/set/" + link.token()))).contains("Nia Newlead").contains(email);
		String common = page(post("/password/set/" + link.token()).with(csrf())
			.param("newPassword", "password1234")
			.param("confirmPassword", "password1234"));
		assertThat(common).contains("This password is too common").doesNotContain("value=\"password1234\"");
		String different = page(post("/password/set/" + link.token()).with(csrf())
			.param("newPassword", GOOD_PASSWORD)
			.param("confirmPassword", GOOD_PASSWORD + "!"));
		assertThat(different).contains("The passwords do not match");
		setPassword(link.token(), GOOD_PASSWORD);

		signIn(email, GOOD_PASSWORD);
		assertThat(audit(email, "USER")).containsExactly("Created the account of Nia Newlead");
		assertThat(audit(email, "PERMISSION")).containsExactly("Gave the lead role",
				"Made them a lead of CYPP 2016-19 Programme 1");
		assertThat(audit(email, "PASSWORD")).containsExactly("Made a link to set their password, shown to the admin",
				"Set their password with a one-time link");
		assertThat(audit(email, "SIGN_IN")).containsExactly("Signed in");
		assertThat(this.jdbc.queryForList("select actor from audit_event where subject = ? and category = 'USER'",
				String.class, email))
			.containsExactly("admin@example.org");
	}

	@Test
	void aLinkWorksOnceIsEndedByANewerOneAndExpires() throws Exception {
		String email = uniqueEmail("links");
		Passwords.IssuedLink first = createLead(email, "Lena Links");
		Passwords.IssuedLink second = this.passwords.issueLink(userId(email), "http://localhost");

		this.mvc.perform(get("/password/set/" + first.token())).andExpect(status().isNotFound());
		assertThat(page(get("/password/set/" + first.token()))).contains("already been used");
		this.mvc
			.perform(post("/password/set/" + first.token()).with(csrf())
				.param("newPassword", GOOD_PASSWORD)
				.param("confirmPassword", GOOD_PASSWORD))
			.andExpect(status().isNotFound());

		this.jdbc.update("update password_link set expires_at = created_at - interval '1 minute'"
				+ " where user_id = ? and used_at is null", userId(email));
		this.mvc.perform(get("/password/set/" + second.token())).andExpect(status().isNotFound());
		assertThat(page(get("/password/set/" + second.token()))).contains("has expired");

		Passwords.IssuedLink third = this.passwords.issueLink(userId(email), "http://localhost");
		setPassword(third.token(), GOOD_PASSWORD);
		assertThat(page(get("/password/set/" + third.token()))).contains("already been used");
		assertThat(page(get("/password/set/" + "y".repeat(43)))).contains("not valid");
		assertThat(this.jdbc.queryForObject("select count(*) from password_link where token_hash = ?", Long.class,
				third.token()))
			.as("only the hash of a token is stored")
			.isZero();
	}

	@Test
	void nonAdminsAreRefusedEveryUserPage() throws Exception {
		for (String username : List.of("lead@example.org", "executive@example.org", "scrutiny@example.org")) {
			UserDetails person = this.users.loadUserByUsername(username);
			this.mvc.perform(get("/admin/users").with(user(person))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/users/new").with(user(person))
					.with(csrf())
					.param("displayName", "Sneaky")
					.param("email", uniqueEmail("sneaky"))
					.param("roles", "ADMIN"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/users/" + userId("admin@example.org") + "/disable").with(user(person))
					.with(csrf())
					.param("version", "0"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username like 'sneaky-%'", Long.class))
			.isZero();
	}

	@Test
	void programmesNeedTheMatchingRoleAndEmailAddressesAreUniqueIgnoringCase() throws Exception {
		String email = uniqueEmail("no-role");
		String page = page(post("/admin/users/new").with(user(admin()))
			.with(csrf())
			.param("displayName", "Ed Executive")
			.param("email", email)
			.param("roles", "EXECUTIVE")
			.param("leads", String.valueOf(programmeOne()))
			.param("champions", String.valueOf(programmeOne())));
		assertThat(page).contains("Select the delivery group lead role, or untick the programmes they lead")
			.contains("Select the scrutiny champion role, or untick the programmes they champion")
			.contains("value=\"Ed Executive\"");
		String taken = page(post("/admin/users/new").with(user(admin()))
			.with(csrf())
			.param("displayName", "Another admin")
			.param("email", "ADMIN@example.org")
			.param("roles", "ADMIN"));
		assertThat(taken).contains("Another user already has this email address");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, email))
			.isZero();
	}

	@Test
	void anAdminCannotDisableThemselvesNorTakeAwayTheirOwnAdminRole() throws Exception {
		long adminId = userId("admin@example.org");
		long version = version("admin@example.org");
		String disabling = page(post("/admin/users/" + adminId + "/disable").with(user(admin()))
			.with(csrf())
			.param("version", String.valueOf(version)));
		assertThat(disabling).contains("You cannot disable your own account");
		String demoting = page(post("/admin/users/" + adminId).with(user(admin()))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("displayName", "Partnership Business Manager (demo)")
			.param("email", "admin@example.org")
			.param("roles", "LEAD"));
		assertThat(demoting).contains("You cannot take away your own partnership business manager role");
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, adminId))
			.isTrue();
		assertThat(this.jdbc.queryForList("select role from user_role where user_id = ?", String.class, adminId))
			.containsExactly("ADMIN");
	}

	@Test
	void aChangeOfRolesReachesTheSignedInPersonAndDisablingEndsTheirSession() throws Exception {
		String email = uniqueEmail("changing");
		setPassword(createLead(email, "Cora Changing").token(), GOOD_PASSWORD);
		MockHttpSession session = signIn(email, GOOD_PASSWORD);
		this.mvc.perform(get("/reports/mine").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + userId(email)).with(user(admin()))
				.with(csrf())
				.param("version", String.valueOf(version(email)))
				.param("displayName", "Cora Changing")
				.param("email", email)
				.param("roles", "EXECUTIVE"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/reports/mine").session(session)).andExpect(status().isForbidden());
		assertThat(audit(email, "PERMISSION")).contains("Gave the executive role", "Took away the lead role",
				"No longer a lead of CYPP 2016-19 Programme 1");

		// A stale version is refused with the stored account.
		this.mvc
			.perform(post("/admin/users/" + userId(email)).with(user(admin()))
				.with(csrf())
				.param("version", "0")
				.param("displayName", "Cora Overwritten")
				.param("email", email)
				.param("roles", "ADMIN"))
			.andExpect(status().isConflict());

		this.mvc
			.perform(post("/admin/users/" + userId(email) + "/disable").with(user(admin()))
				.with(csrf())
				.param("version", String.valueOf(version(email))))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD)).andExpect(unauthenticated());
		assertThat(audit(email, "USER")).contains("Disabled the account");
		assertThat(audit(email, "SIGN_IN_FAILED")).containsExactly("Sign-in refused: the account is disabled");

		this.mvc
			.perform(post("/admin/users/" + userId(email) + "/enable").with(user(admin()))
				.with(csrf())
				.param("version", String.valueOf(version(email))))
			.andExpect(redirectedUrl("/admin/users"));
		signIn(email, GOOD_PASSWORD);
	}

	@Test
	void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		String email = uniqueEmail("own");
		setPassword(createLead(email, "Omar Own").token(), GOOD_PASSWORD);
		MockHttpSession session = signIn(email, GOOD_PASSWORD);
		String newPassword = "green heron bicycle";

		String wrong = page(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "not my password")
			.param("newPassword", newPassword)
			.param("confirmPassword", newPassword));
		assertThat(wrong).contains("Your current password is not correct")
			.doesNotContain("not my password")
			.doesNotContain(newPassword);
		String weak = page(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", GOOD_PASSWORD)
			.param("newPassword", "short")
			.param("confirmPassword", "short"));
		assertThat(weak).contains("Password must be 12 characters or more").doesNotContain(GOOD_PASSWORD);

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", GOOD_PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmPassword", newPassword))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD)).andExpect(unauthenticated());
		signIn(email, newPassword);
		assertThat(audit(email, "PASSWORD")).contains("Changed their password");
	}

	@Test
	void theSixthSignInAfterFiveFailuresIsRefusedEvenWithTheRightPassword() throws Exception {
		String email = uniqueEmail("throttled");
		setPassword(createLead(email, "Theo Throttled").token(), GOOD_PASSWORD);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(email).password("wrong password " + i))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andExpect(redirectedUrl("/login?throttled"))
			.andExpect(unauthenticated());
		String page = page(get("/login").param("throttled", ""));
		assertThat(page).contains("Too many attempts to sign in").contains("Wait 15 minutes");
		// The same words for an address with no account.
		assertThat(audit(email, "SIGN_IN_FAILED")).hasSize(5)
			.allMatch("Sign-in refused: wrong email address or password"::equals);
		assertThat(audit(email, "SIGN_IN_THROTTLED")).containsExactly("Sign-in refused after repeated failures");
		assertThat(audit(email, "SIGN_IN")).isEmpty();
		assertThat(this.jdbc.queryForList("select summary from audit_event where subject = ?", String.class, email))
			.noneMatch((summary) -> summary.contains("wrong password") || summary.contains(GOOD_PASSWORD));
	}

}
