package org.waymark.shared;

import java.time.Instant;

/**
 * One audited change set as other modules may read it: its number, when it was made and
 * who made it. Hibernate Envers hands back the revision entity with each audited row;
 * modules read it through this, not through the entity itself.
 */
public interface ChangeSetInfo {

	/** The username recorded for changes no signed-in person made. */
	String DATA_LOAD = "system";

	/** The change set's number, increasing with time across the whole application. */
	Integer getId();

	Instant getTimestamp();

	/**
	 * The username of the person who made the change, or {@link #DATA_LOAD} for work
	 * Waymark did itself, such as loading the demo data.
	 */
	String getUsername();

}
