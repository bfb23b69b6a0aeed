package org.waymark.user;

import java.util.List;

/**
 * One row of the list of users: who, their roles, the programmes they lead and champion
 * (as each plan names them, "CYPP Programme 1"), and whether they can sign in.
 */
public record UserListing(long id, String email, String displayName, String jobTitle, boolean enabled, List<Role> roles,
		List<String> leads, List<String> champions) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
