package org.waymark.user;

/** Whether a "set your password" link still works, and if not, why not. */
public enum PasswordLinkState {

	/** It can set a password now. */
	VALID,
	/** Its time ran out before it was used. */
	EXPIRED,
	/** It set a password already, or a newer link replaced it. */
	USED,
	/** No such link was ever issued (or it was mistyped). */
	UNKNOWN;

	public String messageKey() {
		return "password.link." + name();
	}

	public String titleKey() {
		return "password.linkTitle." + name();
	}

}
