package org.waymark.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what, in one place (DESIGN.md, "People and what they do").
 * Controllers and services ask this on the server for every request; templates use it
 * only to hide buttons. Exposed to {@code @PreAuthorize} as {@code @access}.
 */
@Component("access")
public class AccessPolicy {

	/** The report states a highlight report can be in, as seen by this policy. */
	public enum Visibility {

		/** Being written: the programme's leads and admins only. */
		DRAFT,
		/** Sent for review: adds executives. */
		SUBMITTED,
		/** Published: everyone signed in, including scrutiny. */
		PUBLISHED

	}

	public boolean canView(Authentication authentication, long programmeId, Visibility visibility) {
		WaymarkUser user = user(authentication);
		if (user == null) {
			return false;
		}
		if (visibility == Visibility.PUBLISHED || user.hasRole(Role.ADMIN)) {
			return true;
		}
		if (user.hasRole(Role.LEAD) && user.isAssignedTo(programmeId)) {
			return true;
		}
		return visibility == Visibility.SUBMITTED && user.hasRole(Role.EXECUTIVE);
	}

	/**
	 * Editing a programme's reports, actions, measures and risks: its assigned leads, and
	 * admins.
	 */
	public boolean canEditProgramme(Authentication authentication, long programmeId) {
		WaymarkUser user = user(authentication);
		return user != null
				&& (user.hasRole(Role.ADMIN) || (user.hasRole(Role.LEAD) && user.isAssignedTo(programmeId)));
	}

	public boolean isAdmin(Authentication authentication) {
		WaymarkUser user = user(authentication);
		return user != null && user.hasRole(Role.ADMIN);
	}

	public boolean isLead(Authentication authentication) {
		WaymarkUser user = user(authentication);
		return user != null && user.hasRole(Role.LEAD);
	}

	/**
	 * Reading draft action plans (and the actions in them): everyone signed in but
	 * scrutiny members, who never see drafts and so see only final plans. Unlike a draft
	 * report, a draft plan is shared work in progress across the partnership: leads of
	 * other programmes and executives read it too.
	 */
	public boolean canReadDraftActionPlans(Authentication authentication) {
		WaymarkUser user = user(authentication);
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.LEAD) || user.hasRole(Role.EXECUTIVE));
	}

	private static WaymarkUser user(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		return (authentication.getPrincipal() instanceof WaymarkUser user) ? user : null;
	}

}
