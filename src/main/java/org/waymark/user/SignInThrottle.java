package org.waymark.user;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins by email address and by client address, and refuses sign-ins for
 * either once it has failed too often lately ({@link SignInSettings}). Whether the
 * account exists makes no difference, so the refusal tells a stranger nothing. Kept in
 * memory: each application instance counts its own, and a restart forgets them.
 */
@Component
public class SignInThrottle {

	/** Past this many tracked keys, those with nothing recent are let go. */
	private static final int TIDY_ABOVE = 10_000;

	private final SignInSettings settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	SignInThrottle(SignInSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * True when sign-ins for this email address, or from this client address, are refused
	 * now.
	 */
	public boolean refuses(String email, String clientAddress) {
		Instant now = this.clock.instant();
		return isBlocked(emailKey(email), now) || isBlocked(addressKey(clientAddress), now);
	}

	/**
	 * Counts a failed sign-in against the email address typed and the client's address.
	 */
	public void failed(String email, String clientAddress) {
		Instant now = this.clock.instant();
		count(emailKey(email), this.settings.maxFailures(), now);
		count(addressKey(clientAddress), this.settings.maxFailuresPerAddress(), now);
		if (this.failures.size() > TIDY_ABOVE) {
			this.failures.values().removeIf((entry) -> entry.isIdle(now, this.settings.window()));
		}
	}

	/** A successful sign-in forgets the email address's failures. */
	public void succeeded(String email) {
		this.failures.remove(emailKey(email));
	}

	private boolean isBlocked(String key, Instant now) {
		Failures entry = (key != null) ? this.failures.get(key) : null;
		return entry != null && entry.isBlocked(now);
	}

	private void count(String key, int limit, Instant now) {
		if (key == null) {
			return;
		}
		this.failures.computeIfAbsent(key, (k) -> new Failures())
			.add(now, this.settings.window(), limit, this.settings.lockout());
	}

	private static String emailKey(String email) {
		return (email == null) ? "email:" : "email:" + email.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String clientAddress) {
		return (clientAddress == null || clientAddress.isBlank()) ? null : "address:" + clientAddress;
	}

	/** The recent failures of one key, and until when it is refused. */
	private static final class Failures {

		private final Deque<Instant> recent = new ArrayDeque<>();

		private Instant blockedUntil;

		synchronized void add(Instant now, Duration window, int limit, Duration lockout) {
			forgetBefore(now.minus(window));
			this.recent.addLast(now);
			if (this.recent.size() >= limit) {
				this.blockedUntil = now.plus(lockout);
				this.recent.clear();
			}
		}

		synchronized boolean isBlocked(Instant now) {
			return this.blockedUntil != null && now.isBefore(this.blockedUntil);
		}

		synchronized boolean isIdle(Instant now, Duration window) {
			forgetBefore(now.minus(window));
			return this.recent.isEmpty() && !isBlocked(now);
		}

		private void forgetBefore(Instant start) {
			while (!this.recent.isEmpty() && !this.recent.peekFirst().isAfter(start)) {
				this.recent.removeFirst();
			}
		}

	}

}
