package org.waymark.user;

import jakarta.persistence.EntityManager;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.NotFoundException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The admin's work on accounts: listing, creating and changing them, their roles and
 * programmes, and disabling and enabling them. Admins only. Every change is written to
 * the audit log (USER for the account, PERMISSION for each role or programme given or
 * taken away) and reaches the person's session on their next request.
 */
@Service
@PreAuthorize("@access.isAdmin(authentication)")
public class UserAdministration {

	private final UserAccountRepository accounts;

	private final EntityManager entityManager;

	private final Passwords passwords;

	private final AccountChanges changes;

	private final AuditLog audit;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	UserAdministration(UserAccountRepository accounts, EntityManager entityManager, Passwords passwords,
			AccountChanges changes, AuditLog audit, PlanQueries plans, ProgrammeQueries programmes) {
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.passwords = passwords;
		this.changes = changes;
		this.audit = audit;
		this.plans = plans;
		this.programmes = programmes;
	}

	/** The programmes of one plan, as the user form's checkboxes show them. */
	public record PlanChoices(long planId, String planTitle, String termPlural, List<ProgrammeChoice> programmes) {
	}

	/** One programme to tick: "Priority 2: Improve school readiness". */
	public record ProgrammeChoice(long id, String label, String title) {

		/** "Priority 2: Improve school readiness". */
		public String text() {
			return this.label + ": " + this.title;
		}

	}

	/**
	 * The users, by name, with the role given (all when null) and whose name, email
	 * address or job title contains the search text (ignoring case; all when blank).
	 */
	@Transactional(readOnly = true)
	public List<UserListing> users(Role role, String search) {
		String needle = (search == null) ? "" : search.strip().toLowerCase(Locale.ROOT);
		return this.accounts.findAllWithAccess()
			.stream()
			.filter((account) -> role == null || account.hasRole(role))
			.filter((account) -> needle.isEmpty() || contains(account.getDisplayName(), needle)
					|| contains(account.getUsername(), needle) || contains(account.getJobTitle(), needle))
			.map((account) -> new UserListing(account.getId(), account.getUsername(), account.getDisplayName(),
					account.getJobTitle(), account.isEnabled(),
					EnumSet.copyOf(withNone(account.getRoles())).stream().sorted().toList(),
					labels(account.getAssignedProgrammes()), labels(account.getChampionedProgrammes())))
			.toList();
	}

	/**
	 * An account with its roles and programmes.
	 * @throws NotFoundException if there is none with this id
	 */
	@Transactional(readOnly = true)
	public UserAccount account(long userId) {
		return this.accounts.findWithAccessById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
	}

	/**
	 * Every plan's programmes, latest plan first, for choosing whom a person leads and
	 * champions.
	 */
	@Transactional(readOnly = true)
	public List<PlanChoices> programmeChoices() {
		List<Plan> all = this.plans.plans();
		Map<Long, List<ImprovementProgramme>> byPlan = this.programmes
			.programmesOf(all.stream().map(Plan::getId).toList());
		List<PlanChoices> choices = new ArrayList<>();
		for (Plan plan : all) {
			List<ProgrammeChoice> options = byPlan.getOrDefault(plan.getId(), List.of())
				.stream()
				.map((programme) -> new ProgrammeChoice(programme.getId(), plan.programmeLabel(programme.getNumber()),
						programme.getTitle()))
				.toList();
			if (!options.isEmpty()) {
				choices.add(
						new PlanChoices(plan.getId(), plan.getTitle(), plan.programmeTermPluralCapitalised(), options));
			}
		}
		return choices;
	}

	/**
	 * Creates an account that nobody can sign in to until its person sets a password with
	 * the link issued now.
	 * @param baseUrl how the link starts, for the email when mail is configured
	 * @throws UserRuleException if another account has the email address
	 */
	@Transactional
	public Passwords.IssuedLink create(UserChange change, String baseUrl) {
		checkRoles(change);
		String email = change.email().strip();
		if (this.accounts.existsByUsernameIgnoreCase(email)) {
			throw new UserRuleException("email", "users.error.emailTaken");
		}
		UserAccount account = new UserAccount(email, change.displayName().strip(), this.passwords.unusableHash(),
				change.roles());
		account.setJobTitle(blankToNull(change.jobTitle()));
		account.getAssignedProgrammes().addAll(programmes(change.ledProgrammeIds()));
		account.getChampionedProgrammes().addAll(programmes(change.championedProgrammeIds()));
		this.accounts.save(account);
		this.audit.record(AuditCategory.USER, "Created the account of " + account.getDisplayName(), email);
		for (Role role : sorted(change.roles())) {
			this.audit.record(AuditCategory.PERMISSION, "Gave the " + roleName(role) + " role", email);
		}
		for (String label : labels(account.getAssignedProgrammes())) {
			this.audit.record(AuditCategory.PERMISSION, "Made them a lead of " + label, email);
		}
		for (String label : labels(account.getChampionedProgrammes())) {
			this.audit.record(AuditCategory.PERMISSION, "Made them scrutiny champion of " + label, email);
		}
		this.accounts.flush();
		return this.passwords.issueLink(account.getId(), baseUrl);
	}

	/**
	 * Changes an account as the admin saw it at {@code version}.
	 * @throws ObjectOptimisticLockingFailureException if it has changed since
	 * @throws UserRuleException for an email address another account has, or an admin
	 * taking away their own admin role
	 */
	@Transactional
	public void change(long userId, long version, UserChange change, WaymarkUser admin) {
		checkRoles(change);
		UserAccount account = current(userId, version);
		String email = change.email().strip();
		if (this.accounts.existsByUsernameIgnoreCaseAndIdNot(email, userId)) {
			throw new UserRuleException("email", "users.error.emailTaken");
		}
		if (userId == admin.getId() && !change.roles().contains(Role.ADMIN)) {
			throw new UserRuleException("roles", "users.error.ownAdminRole");
		}
		String subject = account.getUsername();
		if (!account.getUsername().equals(email)) {
			this.audit.record(AuditCategory.USER, "Changed the email address to " + email, subject);
			account.setUsername(email);
		}
		if (!account.getDisplayName().equals(change.displayName().strip())) {
			this.audit.record(AuditCategory.USER,
					"Changed the name from " + account.getDisplayName() + " to " + change.displayName().strip(),
					subject);
			account.setDisplayName(change.displayName().strip());
		}
		String jobTitle = blankToNull(change.jobTitle());
		if (!java.util.Objects.equals(account.getJobTitle(), jobTitle)) {
			this.audit.record(AuditCategory.USER, "Changed the job title", subject);
			account.setJobTitle(jobTitle);
		}
		for (Role role : sorted(change.roles())) {
			if (!account.hasRole(role)) {
				this.audit.record(AuditCategory.PERMISSION, "Gave the " + roleName(role) + " role", subject);
			}
		}
		for (Role role : sorted(account.getRoles())) {
			if (!change.roles().contains(role)) {
				this.audit.record(AuditCategory.PERMISSION, "Took away the " + roleName(role) + " role", subject);
			}
		}
		account.setRoles(change.roles());
		replace(account.getAssignedProgrammes(), programmes(change.ledProgrammeIds()), "Made them a lead of ",
				"No longer a lead of ", subject);
		replace(account.getChampionedProgrammes(), programmes(change.championedProgrammeIds()),
				"Made them scrutiny champion of ", "No longer scrutiny champion of ", subject);
		this.accounts.flush();
		this.changes.changed(userId);
	}

	/**
	 * Lets the person sign in again, or stops them: a disabled person's session ends on
	 * their next request.
	 * @throws ObjectOptimisticLockingFailureException if the account changed since it was
	 * shown
	 * @throws UserRuleException if an admin tries to disable themselves
	 */
	@Transactional
	public void setEnabled(long userId, long version, boolean enabled, WaymarkUser admin) {
		UserAccount account = current(userId, version);
		if (!enabled && userId == admin.getId()) {
			throw new UserRuleException(null, "users.error.disableSelf");
		}
		if (account.isEnabled() != enabled) {
			account.setEnabled(enabled);
			this.audit.record(AuditCategory.USER, enabled ? "Enabled the account" : "Disabled the account",
					account.getUsername());
			this.accounts.flush();
			this.changes.changed(userId);
		}
	}

	/**
	 * Issues a new link to set the password, ending older ones.
	 * @throws ObjectOptimisticLockingFailureException if the account changed since it was
	 * shown
	 */
	@Transactional
	public Passwords.IssuedLink issueLink(long userId, long version, String baseUrl) {
		current(userId, version);
		return this.passwords.issueLink(userId, baseUrl);
	}

	private UserAccount current(long userId, long version) {
		UserAccount account = account(userId);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, userId);
		}
		return account;
	}

	private void replace(Set<ImprovementProgramme> held, Set<ImprovementProgramme> wanted, String given, String taken,
			String subject) {
		Set<ImprovementProgramme> added = new LinkedHashSet<>(wanted);
		added.removeAll(held);
		Set<ImprovementProgramme> removed = new LinkedHashSet<>(held);
		removed.removeAll(wanted);
		for (String label : labels(added)) {
			this.audit.record(AuditCategory.PERMISSION, given + label, subject);
		}
		for (String label : labels(removed)) {
			this.audit.record(AuditCategory.PERMISSION, taken + label, subject);
		}
		held.removeAll(removed);
		held.addAll(added);
	}

	/** The programmes with these ids, with their plans. */
	private Set<ImprovementProgramme> programmes(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return new HashSet<>();
		}
		List<ImprovementProgramme> found = this.entityManager
			.createQuery("select p from ImprovementProgramme p join fetch p.plan where p.id in :ids",
					ImprovementProgramme.class)
			.setParameter("ids", ids)
			.getResultList();
		if (found.size() != Set.copyOf(ids).size()) {
			throw new NotFoundException("Programmes " + ids);
		}
		return new HashSet<>(found);
	}

	private static void checkRoles(UserChange change) {
		if (change.leadsWithoutLeadRole() || change.championsWithoutScrutinyRole()) {
			throw new IllegalArgumentException("Programmes led need the LEAD role, programmes championed SCRUTINY");
		}
	}

	/** "CYPP Programme 3", in plan and number order. */
	private static List<String> labels(Collection<ImprovementProgramme> programmes) {
		return programmes.stream()
			.sorted(Comparator.comparing((ImprovementProgramme p) -> p.getPlan().getShortName())
				.thenComparing(ImprovementProgramme::getNumber))
			.map((p) -> p.getPlan().getShortName() + " " + p.getPlan().programmeLabel(p.getNumber()))
			.toList();
	}

	private static List<Role> sorted(Collection<Role> roles) {
		return roles.stream().sorted().toList();
	}

	private static Collection<Role> withNone(Collection<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles;
	}

	/** The role as the audit log writes it. */
	private static String roleName(Role role) {
		return switch (role) {
			case ADMIN -> "admin";
			case LEAD -> "lead";
			case EXECUTIVE -> "executive";
			case SCRUTINY -> "scrutiny";
		};
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static Set<Long> ids(Collection<ImprovementProgramme> programmes) {
		return programmes.stream().map(ImprovementProgramme::getId).collect(Collectors.toSet());
	}

}
