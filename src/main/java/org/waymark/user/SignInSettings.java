package org.waymark.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How repeated failed sign-ins are throttled (waymark.sign-in.*; docs/operations.md):
 * after {@code maxFailures} failures for one email address within {@code window}, or
 * {@code maxFailuresPerAddress} from one client address, sign-ins for it are refused for
 * {@code lockout}.
 */
@ConfigurationProperties("waymark.sign-in")
public record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("100") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {

	public SignInSettings {
		if (maxFailures < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()
				|| lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("waymark.sign-in needs positive limits and durations");
		}
	}

	/** The lockout in whole minutes, for the sign-in page's message. */
	public long lockoutMinutes() {
		return Math.max(1, this.lockout.toMinutes());
	}

}
