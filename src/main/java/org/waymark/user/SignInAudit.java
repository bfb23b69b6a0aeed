package org.waymark.user;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;

/**
 * Writes sign-ins and failed sign-ins to the audit log, and counts the failures for the
 * {@link SignInThrottle}. A failure names the email address typed, never the password.
 */
@Component
class SignInAudit {

	private final AuditLog audit;

	private final SignInThrottle throttle;

	SignInAudit(AuditLog audit, SignInThrottle throttle) {
		this.audit = audit;
		this.throttle = throttle;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			String username = event.getAuthentication().getName();
			this.throttle.succeeded(username);
			this.audit.recordAs(username, AuditCategory.SIGN_IN, "Signed in", username);
		}
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
			return;
		}
		String typed = attempt.getName();
		this.throttle.failed(typed, clientAddress());
		String summary = (event instanceof AuthenticationFailureDisabledEvent)
				? "Sign-in refused: the account is disabled" : "Sign-in refused: wrong email address or password";
		this.audit.recordAs((typed == null || typed.isBlank()) ? "(no email address)" : typed,
				AuditCategory.SIGN_IN_FAILED, summary, typed);
	}

	private static String clientAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getRemoteAddr() : null;
	}

}
