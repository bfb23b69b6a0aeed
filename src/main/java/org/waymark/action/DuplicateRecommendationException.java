package org.waymark.action;

/**
 * Another recommendation of the plan already has the source and number asked for: the
 * register numbers each source's recommendations once.
 */
public class DuplicateRecommendationException extends RuntimeException {

	public DuplicateRecommendationException(String source, int number) {
		super(source + " already has a recommendation " + number);
	}

}
