package org.waymark.config;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.waymark.user.WaymarkUser;

import java.util.Collection;
import java.util.Map;

/**
 * Someone an OpenID Connect provider vouched for, with the Waymark account they are: held
 * only until the sign-in completes and the account itself becomes the principal. Named by
 * the account's username, so that anything that reads the sign-in on its way through
 * names the Waymark user, not the provider's subject id.
 */
record VouchedUser(OidcUser vouched, WaymarkUser user, String providerName) implements OidcUser {

	@Override
	public Map<String, Object> getClaims() {
		return this.vouched.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.vouched.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.vouched.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.vouched.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.user.getAuthorities();
	}

	@Override
	public String getName() {
		return this.user.getUsername();
	}

}
