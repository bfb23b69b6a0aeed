package org.waymark.security;

/**
 * The people the security matrix acts as: one per role of DESIGN.md, and a lead on each
 * side of a programme. The matrix's samples are programme 1 and 5 things, so
 * {@link #LEAD_OWN} is their lead and {@link #LEAD_OTHER} leads another programme.
 */
enum Actor {

	/** Nobody signed in. */
	ANONYMOUS(null),

	/** The partnership business manager. */
	ADMIN("admin@example.org"),

	/** Leads programmes 1 and 5, which the samples belong to. */
	LEAD_OWN("lead@example.org"),

	/** Leads programme 7 only: someone else's lead as far as the samples go. */
	LEAD_OTHER("lead7@example.org"),

	/** An executive member. */
	EXECUTIVE("executive@example.org"),

	/** A scrutiny councillor, champion of programme 5. */
	SCRUTINY("scrutiny@example.org");

	private final String username;

	Actor(String username) {
		this.username = username;
	}

	/** The demo user's sign-in name, or null for {@link #ANONYMOUS}. */
	String username() {
		return this.username;
	}

}
