package org.waymark.user;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which accounts an admin has changed since a signed-in person's details were read, so
 * that a change of roles or programmes takes effect on that person's next request and a
 * disabled account loses its access there and then ({@link SignInFilters}).
 * <p>
 * A counter, not a clock, orders the two: each principal carries the count read just
 * before its account was read, and each change takes the next count once its transaction
 * has committed. Kept in memory, per application instance, like the sessions themselves
 * (docs/operations.md).
 */
@Component
public class AccountChanges {

	private final AtomicLong counter = new AtomicLong();

	private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();

	/** The count to stamp on a principal: read it before reading the account. */
	long stamp() {
		return this.counter.get();
	}

	/**
	 * Notes that the account has changed, once the current transaction commits (at once
	 * when there is none).
	 */
	void changed(long userId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					record(userId);
				}
			});
		}
		else {
			record(userId);
		}
	}

	private void record(long userId) {
		this.changedAt.put(userId, this.counter.incrementAndGet());
	}

	/** True when the account has changed since a principal with this stamp was read. */
	boolean changedSince(long userId, long stamp) {
		Long at = this.changedAt.get(userId);
		return at != null && at > stamp;
	}

}
