package org.waymark.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Signs people in against the accounts stored in the database. */
@Service
class WaymarkUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final AccountChanges changes;

	WaymarkUserDetailsService(UserAccountRepository accounts, AccountChanges changes) {
		this.accounts = accounts;
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		long stamp = this.changes.stamp();
		return this.accounts.findByUsernameIgnoreCase(username.strip())
			.map((account) -> new WaymarkUser(account, stamp))
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email address"));
	}

	/**
	 * The signed-in person read again by id, after an admin changed their account; empty
	 * if the account has gone.
	 */
	@Transactional(readOnly = true)
	public Optional<WaymarkUser> reload(long userId) {
		long stamp = this.changes.stamp();
		return this.accounts.findWithAccessById(userId).map((account) -> new WaymarkUser(account, stamp));
	}

}
