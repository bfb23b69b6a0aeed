package org.waymark.user;

import java.util.Set;

/**
 * An account as an admin sets it up: who the person is, their roles, and the programmes
 * they lead (with the LEAD role only) and champion (with the SCRUTINY role only).
 */
public record UserChange(String email, String displayName, String jobTitle, Set<Role> roles, Set<Long> ledProgrammeIds,
		Set<Long> championedProgrammeIds) {

	public UserChange {
		roles = Set.copyOf(roles);
		ledProgrammeIds = Set.copyOf(ledProgrammeIds);
		championedProgrammeIds = Set.copyOf(championedProgrammeIds);
	}

	/** Leading a programme means writing its reports: only a lead can. */
	public boolean leadsWithoutLeadRole() {
		return !this.ledProgrammeIds.isEmpty() && !this.roles.contains(Role.LEAD);
	}

	/** Championing a programme is a scrutiny councillor's role. */
	public boolean championsWithoutScrutinyRole() {
		return !this.championedProgrammeIds.isEmpty() && !this.roles.contains(Role.SCRUTINY);
	}

}
