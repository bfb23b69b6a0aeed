package org.waymark.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;

/**
 * Writes the audit log. Modules call this beside the change they make, inside its
 * transaction, so a change that rolls back leaves no line behind; a refused sign-in has
 * no such transaction and gets its own.
 */
@Service
public class AuditLog {

	/** The actor for work nobody signed in did: start-up, scheduled reminders. */
	public static final String SYSTEM = "system";

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records something the signed-in user did (or the system, when nobody is signed in).
	 * @param summary what happened, as a sentence ("Submitted the highlight report")
	 * @param subject what it happened to ("Programme 3, 2017/18 Q3"), or null
	 */
	@Transactional
	public void record(AuditCategory category, String summary, String subject) {
		recordAs(currentActor(), category, summary, subject);
	}

	/**
	 * Records something done by or for a named person: a sign-in (successful or not)
	 * names the account or the email typed.
	 */
	@Transactional
	public void recordAs(String actor, AuditCategory category, String summary, String subject) {
		this.events.save(new AuditEvent(this.clock.instant(), truncate(actor, 255), category, summary,
				truncate(subject, 255), clientAddress()));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName() : SYSTEM;
	}

	/** The address of the request being served, if any (none for scheduled work). */
	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}
