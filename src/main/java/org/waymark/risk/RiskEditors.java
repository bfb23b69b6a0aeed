package org.waymark.risk;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.user.AccessPolicy;

/**
 * Who may change a risk: a programme risk its programme's leads and admins; a corporate
 * or plan-wide risk admins only.
 */
@Component
public class RiskEditors {

	private final AccessPolicy access;

	RiskEditors(AccessPolicy access) {
		this.access = access;
	}

	public boolean mayEdit(Authentication who, Long programmeId) {
		return (programmeId == null) ? this.access.isAdmin(who) : this.access.canEditProgramme(who, programmeId);
	}

}
