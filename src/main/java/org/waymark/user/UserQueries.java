package org.waymark.user;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What other modules may ask about people: who leads a programme, and whose name goes
 * with a username.
 */
@Service
@Transactional(readOnly = true)
public class UserQueries {

	private final UserAccountRepository accounts;

	UserQueries(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The display names of the enabled leads assigned to a programme, alphabetically. */
	public List<String> leadNamesFor(long programmeId) {
		return this.accounts.findLeadNames(programmeId);
	}

	/**
	 * The enabled leads assigned to each of the programmes, for telling them their report
	 * is due (one query): keyed by programme id, each list by name. A username is the
	 * person's email address.
	 */
	public Map<Long, List<Contact>> leadsOf(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Contact>> leads = new HashMap<>();
		for (Object[] row : this.accounts.findContactsAssignedTo(programmeIds, Role.LEAD)) {
			leads.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
				.add(new Contact((String) row[1], (String) row[2]));
		}
		return leads;
	}

	/**
	 * Which of the programmes have an enabled lead assigned (one query): a plan's set-up
	 * is not finished while a programme has nobody to write its reports.
	 */
	public Set<Long> programmesWithLeads(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Set.of();
		}
		return this.accounts.findProgrammesAssignedTo(programmeIds, Role.LEAD);
	}

	/** The enabled admins, by name: who hears about overdue reports. */
	public List<Contact> admins() {
		return this.accounts.findContactsWithRole(Role.ADMIN)
			.stream()
			.map((row) -> new Contact((String) row[0], (String) row[1]))
			.toList();
	}

	/** Someone to write to: their name and email address (their username). */
	public record Contact(String name, String email) {
	}

	/**
	 * The display names of the people with these usernames, in one query, keyed by
	 * username in lower case (sign-in ignores case). Usernames with no account, such as
	 * one since removed, are left out.
	 */
	public Map<String, String> displayNames(Collection<String> usernames) {
		Set<String> lowered = usernames.stream()
			.filter(Objects::nonNull)
			.map((username) -> username.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		if (lowered.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		for (Object[] row : this.accounts.findDisplayNames(lowered)) {
			names.put((String) row[0], (String) row[1]);
		}
		return names;
	}

}
