package org.waymark.action;

/** An action plan is drafted, then agreed as final ("Action Plan 2018/19 - FINAL"). */
public enum ActionPlanStatus {

	DRAFT, FINAL;

	public String messageKey() {
		return "actionPlan.status." + name();
	}

}
