package org.waymark.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person who signs in: their roles, the programmes they lead (which they may edit), and
 * the programmes they champion on the scrutiny committee (which they see first).
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends BaseEntity {

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "job_title")
	private String jobTitle;

	/** A delegating-encoder hash ("{bcrypt}…"); never the password. */
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ManyToMany
	@JoinTable(name = "programme_assignment", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "programme_id"))
	private Set<ImprovementProgramme> assignedProgrammes = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "champion_link", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "programme_id"))
	private Set<ImprovementProgramme> championedProgrammes = new LinkedHashSet<>();

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public long getVersion() {
		return this.version;
	}

	public String getUsername() {
		return this.username;
	}

	/** The email address people sign in with; unique ignoring case. */
	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	/** A hash made by the application's password encoder; never the password. */
	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public Set<ImprovementProgramme> getAssignedProgrammes() {
		return this.assignedProgrammes;
	}

	public Set<ImprovementProgramme> getChampionedProgrammes() {
		return this.championedProgrammes;
	}

}
