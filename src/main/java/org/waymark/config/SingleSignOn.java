package org.waymark.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.user.WaymarkUser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Optional single sign-on with OpenID Connect (Microsoft Entra ID in councils), switched
 * on purely by configuring a client registration
 * ({@code spring.security.oauth2.client.registration.<id>.*}); without one, nothing here
 * does anything and the sign-in form is the only way in.
 * <p>
 * The provider vouches for an email address (the claim named by
 * {@code waymark.single-sign-on.email-claim}, "email" unless set: Entra ID often needs
 * "preferred_username"), which must belong to an enabled Waymark account: single sign-on
 * never creates accounts. The person is then signed in exactly as the form would sign
 * them in, with their {@link WaymarkUser} as the principal, so every access rule applies
 * unchanged. Refusals go back to the sign-in page and, like successes, to the audit log.
 * Exposed to templates as {@code @singleSignOn} for the sign-in page's links.
 */
@Component("singleSignOn")
public class SingleSignOn {

	/** Where the sign-in page is sent back to when single sign-on is refused. */
	static final String REFUSED_URL = "/login?ssoError";

	/** The OAuth2 error code of a refusal by Waymark (rather than by the provider). */
	static final String NOT_SET_UP = "waymark_account_not_set_up";

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	// Looked up when used: web slice tests render the sign-in page without user services.
	private final ObjectProvider<UserDetailsService> users;

	private final ObjectProvider<AuditLog> audit;

	private final String emailClaim;

	private final OidcUserService provider = new OidcUserService();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<UserDetailsService> users,
			ObjectProvider<AuditLog> audit, @Value("${waymark.single-sign-on.email-claim:email}") String emailClaim) {
		this.registrations = registrations;
		this.users = users;
		this.audit = audit;
		this.emailClaim = emailClaim;
	}

	/** A way to sign in offered on the sign-in page. */
	public record Provider(String name, String address) {
	}

	/** The providers configured, for the sign-in page; none without configuration. */
	public List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository instanceof Iterable<?> all) {
			for (Object each : all) {
				if (each instanceof ClientRegistration registration
						&& AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
					providers.add(new Provider(registration.getClientName(),
							"/oauth2/authorization/" + registration.getRegistrationId()));
				}
			}
		}
		return providers;
	}

	/**
	 * Adds OpenID Connect sign-in beside the form when a client registration is
	 * configured; leaves the chain as it is otherwise.
	 */
	void configure(HttpSecurity http) throws Exception {
		if (this.registrations.getIfAvailable() == null) {
			return;
		}
		http.oauth2Login((login) -> login.loginPage("/login")
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this::loadUser))
			.successHandler(signedIn())
			.failureUrl(REFUSED_URL));
	}

	/**
	 * The person the provider vouched for, if they have an enabled Waymark account.
	 * @throws OAuth2AuthenticationException if they have none, or it is disabled
	 */
	OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = this.provider.loadUser(request);
		String providerName = request.getClientRegistration().getClientName();
		Object claim = vouched.getClaims().get(this.emailClaim);
		String email = (claim instanceof String text) ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (email.isEmpty()) {
			throw refused(vouched.getSubject(),
					"Single sign-on refused: " + providerName + " sent no " + this.emailClaim + " claim");
		}
		UserDetails account;
		try {
			account = this.users.getObject().loadUserByUsername(email);
		}
		catch (UsernameNotFoundException ex) {
			throw refused(email, "Single sign-on refused: no Waymark account has this email address");
		}
		if (!(account instanceof WaymarkUser user)) {
			throw refused(email, "Single sign-on refused: no Waymark account has this email address");
		}
		if (!user.isEnabled()) {
			throw refused(email, "Single sign-on refused: the Waymark account is disabled");
		}
		return new VouchedUser(vouched, user, providerName);
	}

	private OAuth2AuthenticationException refused(String who, String summary) {
		// In a transaction of its own: the sign-in fails, the line stays.
		this.audit.getObject().recordAs(who, AuditCategory.SIGN_IN_FAILED, summary, who);
		return new OAuth2AuthenticationException(new OAuth2Error(NOT_SET_UP, summary, null));
	}

	/**
	 * Replaces the OpenID Connect sign-in with the Waymark account it vouched for, as the
	 * form's sign-in would have made it, then carries on to the page asked for.
	 */
	private AuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler carryOn = new SavedRequestAwareAuthenticationSuccessHandler();
		carryOn.setDefaultTargetUrl("/");
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			if (!(authentication.getPrincipal() instanceof VouchedUser vouched)) {
				throw new IllegalStateException("Single sign-on without a Waymark account");
			}
			WaymarkUser user = vouched.user();
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			this.contexts.setContext(context);
			this.contextRepository.saveContext(context, request, response);
			this.audit.getObject()
				.recordAs(user.getUsername(), AuditCategory.SIGN_IN,
						"Signed in via single sign-on (" + vouched.providerName() + ")", user.getUsername());
			try {
				carryOn.onAuthenticationSuccess(request, response, context.getAuthentication());
			}
			catch (IOException | jakarta.servlet.ServletException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}
