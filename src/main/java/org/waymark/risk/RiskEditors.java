package org.waymark.risk;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.user.AccessPolicy;

import java.util.Collection;

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
	 * Whether this person may add a risk to one of a plan's registers: admins (the
	 * corporate register is theirs), and a lead of one of the plan's programmes. The
	 * register offers "Add a risk" and the form opens by this one rule.
	 * @param programmeIds the ids of the plan's programmes
	 */
	public boolean mayAddToPlan(Authentication who, Collection<Long> programmeIds) {
		return mayEdit(who, null) || programmeIds.stream().anyMatch((id) -> mayEdit(who, id));
	}

}
