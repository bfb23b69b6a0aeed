package org.waymark.report;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.waymark.user.WaymarkUser;

import java.util.HashSet;
import java.util.Set;

/**
 * The demo users as the workflow services see them, one per part a person plays in a
 * report's workflow.
 * <p>
 * The tests write their own reports for programmes 3 and 4, which have no demo lead, so
 * that the fixtures other tests share are never changed. The programmes' "own lead" is
 * the demo lead (programmes 1 and 5) with 3 and 4 added to their assignments here, in
 * memory only: assigning them in the database would change what "your reports" and the
 * route matrix show the demo lead in other tests.
 */
final class WorkflowActors {

	/** The parts people play. */
	enum Actor {

		ADMIN, OWN_LEAD, OTHER_LEAD, EXECUTIVE, SCRUTINY

	}

	private final UserDetailsService users;

	private final Set<Long> ownProgrammeIds;

	WorkflowActors(UserDetailsService users, long... ownProgrammeIds) {
		this.users = users;
		this.ownProgrammeIds = new HashSet<>();
		for (long id : ownProgrammeIds) {
			this.ownProgrammeIds.add(id);
		}
	}

	Authentication of(Actor actor) {
		WaymarkUser user = switch (actor) {
			case ADMIN -> load("admin@example.org");
			case OWN_LEAD -> withOwnProgrammes(load("lead@example.org"));
			// Leads programme 7 only.
			case OTHER_LEAD -> load("lead7@example.org");
			case EXECUTIVE -> load("executive@example.org");
			case SCRUTINY -> load("scrutiny@example.org");
		};
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	/** The user as a principal for MockMvc's {@code user(...)}. */
	WaymarkUser principal(Actor actor) {
		return (WaymarkUser) of(actor).getPrincipal();
	}

	private WaymarkUser withOwnProgrammes(WaymarkUser lead) {
		Set<Long> assigned = new HashSet<>(lead.getAssignedProgrammeIds());
		assigned.addAll(this.ownProgrammeIds);
		return WaymarkUser.of(lead.getId(), lead.getUsername(), lead.getDisplayName(), lead.getRoles(), assigned,
				lead.getChampionedProgrammeIds());
	}

	private WaymarkUser load(String username) {
		return (WaymarkUser) this.users.loadUserByUsername(username);
	}

}
