package org.waymark.action;

import java.util.ArrayList;
import java.util.List;

/**
 * The owners of an action, read from how plans write them: job titles separated by
 * slashes, spaced or not ("Strategic Manager CLA and LC/ Service Manager Organisational
 * Development", "HR Director / DDCS").
 */
public final class ActionOwners {

	private ActionOwners() {
	}

	/**
	 * Each owner named, trimmed, in the order written, without blanks or repeats.
	 * @param owners the owners as written, or {@code null}
	 */
	public static List<String> split(String owners) {
		List<String> split = new ArrayList<>();
		if (owners == null) {
			return split;
		}
		for (String owner : owners.split("/")) {
			String trimmed = owner.strip();
			if (!trimmed.isEmpty() && !split.contains(trimmed)) {
				split.add(trimmed);
			}
		}
		return split;
	}

}
