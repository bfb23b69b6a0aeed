package org.waymark.user;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What other modules may ask about people: who leads a programme. */
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

}
