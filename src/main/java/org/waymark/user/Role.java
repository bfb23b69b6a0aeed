package org.waymark.user;

/**
 * What a person may do in Waymark (DESIGN.md, "People and what they do"): the partnership
 * business manager administers; delivery-group leads write their programmes' reports;
 * executive members view everything including submitted reports; scrutiny champions read
 * published information only.
 */
public enum Role {

	ADMIN, LEAD, EXECUTIVE, SCRUTINY;

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

	/** What the role lets a person do, as the user form says under it. */
	public String hintKey() {
		return "users.roleHint." + name();
	}

}
