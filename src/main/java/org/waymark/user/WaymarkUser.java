package org.waymark.user;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in person as the rest of the application sees them: roles, and the ids of
 * the programmes they lead and champion. Held in the session, so it carries ids, not
 * entities.
 */
public final class WaymarkUser implements UserDetails, Serializable {

	private final long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final boolean enabled;

	private final Set<Role> roles;

	private final Set<Long> assignedProgrammeIds;

	private final Set<Long> championedProgrammeIds;

	/** When the account was read, as counted by {@link AccountChanges}. */
	private final long stamp;

	WaymarkUser(UserAccount account, long stamp) {
		this.stamp = stamp;
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.roles = Set.copyOf(account.getRoles());
		this.assignedProgrammeIds = account.getAssignedProgrammes()
			.stream()
			.map((programme) -> programme.getId())
			.collect(Collectors.toUnmodifiableSet());
		this.championedProgrammeIds = account.getChampionedProgrammes()
			.stream()
			.map((programme) -> programme.getId())
			.collect(Collectors.toUnmodifiableSet());
	}

	private WaymarkUser(long id, String username, String displayName, Set<Role> roles, Set<Long> assignedProgrammeIds,
			Set<Long> championedProgrammeIds) {
		this.stamp = Long.MAX_VALUE;
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = "";
		this.enabled = true;
		this.roles = Set.copyOf(roles);
		this.assignedProgrammeIds = Set.copyOf(assignedProgrammeIds);
		this.championedProgrammeIds = Set.copyOf(championedProgrammeIds);
	}

	/**
	 * A signed-in person without a stored account, for tests that act as a given user. It
	 * has no password, so it can never sign in through the login form, and no account to
	 * be read again, so changes made to an account with its id are not applied to it.
	 */
	public static WaymarkUser of(long id, String username, String displayName, Set<Role> roles,
			Set<Long> assignedProgrammeIds, Set<Long> championedProgrammeIds) {
		return new WaymarkUser(id, username, displayName, roles, assignedProgrammeIds, championedProgrammeIds);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * True for a lead assigned to the programme (admins edit every programme through
	 * their own rule).
	 */
	public boolean isAssignedTo(long programmeId) {
		return this.assignedProgrammeIds.contains(programmeId);
	}

	public boolean champions(long programmeId) {
		return this.championedProgrammeIds.contains(programmeId);
	}

	long stamp() {
		return this.stamp;
	}

	public long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public Set<Long> getAssignedProgrammeIds() {
		return this.assignedProgrammeIds;
	}

	public Set<Long> getChampionedProgrammeIds() {
		return this.championedProgrammeIds;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
