package org.waymark.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in against the accounts stored in the database. */
@Service
class WaymarkUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	WaymarkUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsernameIgnoreCase(username.strip())
			.map(WaymarkUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email address"));
	}

}
