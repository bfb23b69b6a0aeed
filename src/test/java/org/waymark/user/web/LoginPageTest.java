package org.waymark.user.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.config.SecurityConfig;
import org.waymark.config.SingleSignOn;
import org.waymark.user.AccessPolicy;
import org.waymark.user.SignInSettings;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page, rendered from the real template behind the real security
 * configuration.
 */
@WebMvcTest(controllers = LoginController.class)
@EnableConfigurationProperties(SignInSettings.class)
@Import({ SecurityConfig.class, SingleSignOn.class, AccessPolicy.class })
class LoginPageTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/reports/1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInPageAsksForEmailAndPasswordAndCarriesTheCsrfToken() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Sign in \u2013 Waymark</title>")))
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Sign in to Waymark</h1>")))
			.andExpect(content().string(containsString("<form method=\"post\" action=\"/login\" novalidate>")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"/?>.*")))
			.andExpect(content()
				.string(containsString("<label class=\"govuk-label\" for=\"username\">Email address</label>")))
			.andExpect(content().string(matchesPattern(
					"(?s).*id=\"username\"\\s+name=\"username\"\\s+type=\"email\".*autocomplete=\"username\".*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"password\"\\s+name=\"password\"\\s+type=\"password\""
					+ "\\s+autocomplete=\"current-password\".*")))
			.andExpect(content().string(not(containsString("govuk-error-summary"))))
			.andExpect(content().string(not(containsString("Sign out"))));
	}

	@Test
	void failedSignInShowsTheErrorSummaryLinkedToTheEmailField() throws Exception {
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Sign in \u2013 Waymark</title>")))
			.andExpect(content()
				.string(containsString("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")))
			.andExpect(content()
				.string(containsString("<a href=\"#username\">Enter a correct email address and password</a>")))
			.andExpect(content().string(containsString("govuk-form-group govuk-form-group--error")))
			.andExpect(content().string(containsString("<p class=\"govuk-error-message\" id=\"username-error\">")))
			.andExpect(content().string(containsString("aria-describedby=\"username-error\"")));
	}

	@Test
	void signingOutIsConfirmed() throws Exception {
		this.mvc.perform(get("/login").param("signedOut", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-notification-banner--success")))
			.andExpect(content().string(containsString("You have signed out")))
			.andExpect(content().string(not(containsString("govuk-error-summary"))));
	}

	@Test
	void pagesForbidInlineScriptAndFraming() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("style-src 'self'"),
							containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("<script type=\"module\" src=\"/js/waymark.js\"></script>")))
			.andExpect(content().string(not(matchesPattern("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"))))
			.andExpect(content().string(not(containsString("style="))));
	}

}
