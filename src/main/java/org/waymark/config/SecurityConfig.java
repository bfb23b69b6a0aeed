package org.waymark.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.waymark.user.SignInFilters;

/**
 * Deny by default: every page needs a signed-in user except the sign-in page, the
 * one-time links that set a password, static assets and the error page. What each role
 * may see beyond that is decided per request by {@link org.waymark.user.AccessPolicy}.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

	/** No inline script or style anywhere, and nobody may frame the service. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SignInFilters> signInFilters,
			ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
		// After sign-in, go back to the page asked for with its own URL (no "?continue"
		// marker).
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		http.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico",
						"/password/set/*")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// HSTS is sent on HTTPS requests only (Spring Security's default), i.e.
				// behind TLS.
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
		// Throttling of failed sign-ins and refreshing changed accounts (absent from web
		// slice tests, which have no user services).
		signInFilters.ifAvailable((filters) -> filters.addTo(http));
		// OpenID Connect beside the form, only when a provider is configured.
		// (absent from web slice tests, as the filters above).
		SingleSignOn sso = singleSignOn.getIfAvailable();
		if (sso != null) {
			sso.configure(http);
		}
		return http.build();
	}

	/**
	 * Publishes sign-in successes and failures as application events, which Spring
	 * Security does only when there is such a bean: the sign-in page listens for failures
	 * to show the email address typed again.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		return new DefaultAuthenticationEventPublisher(events);
	}

	/**
	 * Delegating encoder: bcrypt today, and old hashes keep working if the default ever
	 * changes.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
