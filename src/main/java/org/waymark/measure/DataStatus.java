package org.waymark.measure;

/**
 * Whether a reported value is a real figure or one of the reasons the documents give for
 * not having one.
 */
public enum DataStatus {

	REPORTED, AWAITING_DATA, NOT_YET_AVAILABLE, TIMELINE_BEING_ESTABLISHED, NOT_PREVIOUSLY_REPORTED;

	public String messageKey() {
		return "dataStatus." + name();
	}

}
