package org.waymark.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;

import java.io.IOException;
import java.util.Optional;

/**
 * What the user module adds to the security filter chain: throttling of repeated failed
 * sign-ins, and reading a signed-in person's account again after an admin changed it.
 */
@Component
public class SignInFilters {

	/** The sign-in page's address for a refused attempt. */
	public static final String THROTTLED_URL = "/login?throttled";

	/**
	 * The session attribute that keeps the email address of a refused sign-in for the
	 * sign-in page, so that nobody has to type it again (the password is never kept).
	 */
	public static final String TYPED_EMAIL = SignInFilters.class.getName() + ".typedEmail";

	private final SignInThrottle throttle;

	private final AuditLog audit;

	private final AccountChanges changes;

	private final WaymarkUserDetailsService users;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SignInFilters(SignInThrottle throttle, AuditLog audit, AccountChanges changes, WaymarkUserDetailsService users) {
		this.throttle = throttle;
		this.audit = audit;
		this.changes = changes;
		this.users = users;
	}

	/** Adds both filters to the chain being built. */
	public void addTo(HttpSecurity http) {
		http.addFilterAfter(new AccountRefresh(), SecurityContextHolderFilter.class)
			.addFilterBefore(new Throttle(), UsernamePasswordAuthenticationFilter.class);
	}

	/**
	 * Refuses a sign-in (before the password is even checked) for an email address or
	 * client address that has failed too often lately, and says so on the sign-in page.
	 */
	private final class Throttle extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isSignIn(request)) {
				chain.doFilter(request, response);
				return;
			}
			String email = request.getParameter("username");
			if (SignInFilters.this.throttle.refuses(email, request.getRemoteAddr())) {
				SignInFilters.this.audit.recordAs((email == null || email.isBlank()) ? "(no email address)" : email,
						AuditCategory.SIGN_IN_THROTTLED, "Sign-in refused after repeated failures", email);
				if (email != null) {
					request.getSession().setAttribute(TYPED_EMAIL, email);
				}
				response.sendRedirect(request.getContextPath() + THROTTLED_URL);
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean isSignIn(HttpServletRequest request) {
			return "POST".equals(request.getMethod())
					&& (request.getContextPath() + "/login").equals(request.getRequestURI());
		}

	}

	/**
	 * Reads the signed-in person's account again when an admin has changed it since: new
	 * roles and programmes apply from the next request; a disabled or removed account is
	 * signed out there and then (and sent to sign in).
	 */
	private final class AccountRefresh extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof WaymarkUser user
					&& SignInFilters.this.changes.changedSince(user.getId(), user.stamp())) {
				Optional<WaymarkUser> current = SignInFilters.this.users.reload(user.getId());
				if (current.isPresent() && current.get().isEnabled()) {
					WaymarkUser fresh = current.get();
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
					SecurityContextHolder.setContext(context);
					SignInFilters.this.sessions.saveContext(context, request, response);
				}
				else {
					SecurityContextHolder.clearContext();
					HttpSession session = request.getSession(false);
					if (session != null) {
						session.invalidate();
					}
				}
			}
			chain.doFilter(request, response);
		}

	}

}
