package org.waymark.plan;

/** Where a plan is in its life: being drawn up, being delivered, or finished. */
public enum PlanStatus {

	DRAFT, ACTIVE, CLOSED

}
