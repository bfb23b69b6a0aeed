package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.user.Role;
import org.waymark.user.UserAccount;

import java.util.List;
import java.util.Set;

/**
 * One demo account per role, plus a second lead: role descriptions, not the real people
 * of the documents, at example.org. The passwords are printed in the README; they exist
 * only where the demo data is loaded.
 */
final class DemoUsers {

	static final String ADMIN_USERNAME = "admin@example.org";

	static final String ADMIN_PASSWORD = "admin-demo-1";

	/** Leads the Early Help Strategic Commissioning Board's two programmes, 1 and 5. */
	static final String LEAD_USERNAME = "lead@example.org";

	static final String LEAD_PASSWORD = "lead-demo-1";

	/** Leads programme 7 only. */
	static final String LEAD7_USERNAME = "lead7@example.org";

	static final String LEAD7_PASSWORD = "lead7-demo-1";

	static final String EXECUTIVE_USERNAME = "executive@example.org";

	static final String EXECUTIVE_PASSWORD = "executive-demo-1";

	/** Champions programme 5 on the scrutiny committee. */
	static final String SCRUTINY_USERNAME = "scrutiny@example.org";

	static final String SCRUTINY_PASSWORD = "scrutiny-demo-1";

	private DemoUsers() {
	}

	static List<UserAccount> load(EntityManager entityManager, PasswordEncoder passwordEncoder, DemoPlan.Cypp cypp) {
		UserAccount admin = account(passwordEncoder, ADMIN_USERNAME, "Partnership Business Manager (demo)",
				"Partnership Business Manager, Children's Commissioning", ADMIN_PASSWORD, Role.ADMIN);

		UserAccount earlyHelpLead = account(passwordEncoder, LEAD_USERNAME,
				"Early Help Strategic Commissioning Board lead (demo)", "Delivery group lead, programmes 1 and 5",
				LEAD_PASSWORD, Role.LEAD);
		assign(earlyHelpLead, cypp.programme(1), cypp.programme(5));

		UserAccount workforceLead = account(passwordEncoder, LEAD7_USERNAME, "Workforce Board lead (demo)",
				"Delivery group lead, programme 7", LEAD7_PASSWORD, Role.LEAD);
		assign(workforceLead, cypp.programme(7));

		UserAccount executive = account(passwordEncoder, EXECUTIVE_USERNAME, "Children's Trust Executive member (demo)",
				"Somerset Children's Trust Executive", EXECUTIVE_PASSWORD, Role.EXECUTIVE);

		UserAccount champion = account(passwordEncoder, SCRUTINY_USERNAME, "Scrutiny champion for Programme 5 (demo)",
				"Scrutiny Committee Champion", SCRUTINY_PASSWORD, Role.SCRUTINY);
		champion.getChampionedProgrammes().add(cypp.programme(5));

		List<UserAccount> accounts = List.of(admin, earlyHelpLead, workforceLead, executive, champion);
		accounts.forEach(entityManager::persist);
		return accounts;
	}

	private static UserAccount account(PasswordEncoder passwordEncoder, String username, String displayName,
			String jobTitle, String password, Role role) {
		UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(password), Set.of(role));
		account.setJobTitle(jobTitle);
		return account;
	}

	private static void assign(UserAccount lead, ImprovementProgramme... programmes) {
		for (ImprovementProgramme programme : programmes) {
			lead.getAssignedProgrammes().add(programme);
		}
	}

}
