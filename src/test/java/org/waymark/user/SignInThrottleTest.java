package org.waymark.user;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInSettings(5, 8, Duration.ofMinutes(15), Duration.ofMinutes(15)), this.clock);

	@Test
	void refusesAnEmailAddressAfterFiveFailuresUntilTheLockoutEnds() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("jo@example.org", "10.0.0." + i);
			assertThat(this.throttle.refuses("jo@example.org", "10.0.0.99")).isFalse();
		}
		this.throttle.failed("Jo@Example.org ", "10.0.0.4");
		assertThat(this.throttle.refuses("jo@example.org", "10.0.0.99")).isTrue();
		assertThat(this.throttle.refuses("other@example.org", "10.0.0.99")).isFalse();
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.throttle.refuses("jo@example.org", "10.0.0.99")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.throttle.refuses("jo@example.org", "10.0.0.99")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("jo@example.org", "10.0.0.1");
		}
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.failed("jo@example.org", "10.0.0.1");
		assertThat(this.throttle.refuses("jo@example.org", "10.0.0.1")).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsTheAddressFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("jo@example.org", "10.0.0.1");
		}
		this.throttle.succeeded("jo@example.org");
		this.throttle.failed("jo@example.org", "10.0.0.1");
		assertThat(this.throttle.refuses("jo@example.org", "10.0.0.2")).isFalse();
	}

	@Test
	void refusesAClientAddressThatFailedForManyEmailAddresses() {
		for (int i = 0; i < 8; i++) {
			this.throttle.failed("person" + i + "@example.org", "10.9.9.9");
		}
		assertThat(this.throttle.refuses("someone-new@example.org", "10.9.9.9")).isTrue();
		assertThat(this.throttle.refuses("someone-new@example.org", "10.9.9.8")).isFalse();
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
