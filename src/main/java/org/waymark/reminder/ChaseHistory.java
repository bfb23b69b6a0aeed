package org.waymark.reminder;

import org.waymark.shared.DisplayDates;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** When each programme's return for a quarter was last chased. */
public final class ChaseHistory {

	private final Map<String, Instant> lastChased;

	private final ZoneId zone;

	ChaseHistory(Map<String, Instant> lastChased, ZoneId zone) {
		this.lastChased = Map.copyOf(lastChased);
		this.zone = zone;
	}

	static String key(Long programmeId, long periodId) {
		return programmeId + "/" + periodId;
	}

	/** "12 January 2018 at 9:05am", or null if it was never chased. */
	public String lastChased(long programmeId, long periodId) {
		return DisplayDates.format(this.lastChased.get(key(programmeId, periodId)), this.zone);
	}

}
