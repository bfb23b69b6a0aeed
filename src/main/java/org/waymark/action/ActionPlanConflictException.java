package org.waymark.action;

/**
 * A change asked for from a page that showed an older version of part of an action plan:
 * someone else has saved it since. Nothing is changed; the page says so and keeps what
 * was typed.
 */
public class ActionPlanConflictException extends RuntimeException {

	public ActionPlanConflictException(String what) {
		super(what + " was changed by someone else");
	}

}
