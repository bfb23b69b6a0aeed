package org.waymark.browser;

import java.util.Locale;

/**
 * The demo data's people, one per role (two leads), as the README lists them. The browser
 * tests sign in as them through the sign-in form.
 */
public enum DemoUser {

	ADMIN("admin@example.org", "admin-demo-1", "Partnership Business Manager (demo)"),

	/** Leads programmes 1 and 5. */
	LEAD("lead@example.org", "lead-demo-1", "Early Help Strategic Commissioning Board lead (demo)"),

	/** Leads programme 7. */
	LEAD7("lead7@example.org", "lead7-demo-1", "Workforce Board lead (demo)"),

	EXECUTIVE("executive@example.org", "executive-demo-1", "Children's Trust Executive member (demo)"),

	/** Champions programme 5. */
	SCRUTINY("scrutiny@example.org", "scrutiny-demo-1", "Scrutiny champion for Programme 5 (demo)");

	private final String email;

	private final String password;

	private final String displayName;

	DemoUser(String email, String password, String displayName) {
		this.email = email;
		this.password = password;
		this.displayName = displayName;
	}

	public String email() {
		return this.email;
	}

	public String password() {
		return this.password;
	}

	public String displayName() {
		return this.displayName;
	}

	/** A short name for files and logs: admin, lead, lead7, executive, scrutiny. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

}
