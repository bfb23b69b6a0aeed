package org.waymark.risk;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.user.AccessPolicy;

/**
 * Who may change a risk, in one place for the pages that offer the change and the
 * services that make it: a programme's risks are maintained by its leads (and admins); a
 * plan-wide or corporate risk belongs to no delivery group, so only admins change it.
 */
@Component
public class RiskEditors {

	private final AccessPolicy access;

	RiskEditors(AccessPolicy access) {
		this.access = access;
	}

	/**
	 * Whether this person may change a risk on the given register.
	 * @param programmeId the risk's programme, or null for a plan-wide or corporate risk
	 */
	public boolean mayEdit(Authentication who, Long programmeId) {
		if (programmeId == null) {
			return this.access.isAdmin(who);
		}
		return this.access.canEditProgramme(who, programmeId);
	}

	/**
	 * Whether this person may add risks to a plan's registers at all: leads (to their
	 * programmes' registers) and admins.
	 */
	public boolean mayAdd(Authentication who) {
		return this.access.isAdmin(who) || this.access.isLead(who);
	}

}
