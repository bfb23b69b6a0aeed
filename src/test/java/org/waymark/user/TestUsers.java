package org.waymark.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in people for web tests, one per role, shaped like the demo users. */
public final class TestUsers {

	private TestUsers() {
	}

	public static WaymarkUser admin() {
		return WaymarkUser.of(1, "admin@example.org", "Alex Admin", Set.of(Role.ADMIN), Set.of(), Set.of());
	}

	/** A delivery-group lead assigned to the given programmes. */
	public static WaymarkUser lead(Long... programmeIds) {
		return WaymarkUser.of(2, "lead@example.org", "Lee Lead", Set.of(Role.LEAD), Set.of(programmeIds), Set.of());
	}

	public static WaymarkUser executive() {
		return WaymarkUser.of(3, "executive@example.org", "Eve Executive", Set.of(Role.EXECUTIVE), Set.of(), Set.of());
	}

	/** A scrutiny councillor championing the given programmes. */
	public static WaymarkUser scrutiny(Long... championedProgrammeIds) {
		return WaymarkUser.of(4, "scrutiny@example.org", "Cllr Sam Scrutiny", Set.of(Role.SCRUTINY), Set.of(),
				Set.of(championedProgrammeIds));
	}

	/** Signs the request in as the person, for MockMvc. */
	public static RequestPostProcessor signedInAs(WaymarkUser person) {
		return user(person);
	}

}
