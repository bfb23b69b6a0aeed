package org.waymark.security;

/**
 * The things a route's path variables are filled with when the matrix checks it. Each is
 * a programme 1 or 5 thing (the programmes {@link Actor#LEAD_OWN} leads) unless it says
 * otherwise; {@link SampleValues} finds or makes them in the demo data.
 */
enum Sample {

	/** A route without path variables. */
	NONE("-"),

	PROGRAMME("programme 1"),

	DRAFT_REPORT("draft report, programme 1"),

	SUBMITTED_REPORT("submitted report, programme 5"),

	PUBLISHED_REPORT("published report, programme 5"),

	/** Programme 1 and a quarter it already has a (draft) report for. */
	PROGRAMME_REPORTED_PERIOD("programme 1, quarter of its draft report"),

	DRAFT_REPORT_SECTION("draft report, programme 1: achievements"),

	SUBMITTED_REPORT_SECTION("submitted report, programme 5: achievements"),

	PUBLISHED_REPORT_SECTION("published report, programme 5: achievements"),

	/**
	 * A case study with a file, on a draft programme 1 report other than DRAFT_REPORT.
	 */
	DRAFT_REPORT_CASE_STUDY("draft report, programme 1: a case study with a file"),

	SUBMITTED_REPORT_CASE_STUDY("submitted report, programme 5: a case study with a file"),

	PUBLISHED_REPORT_CASE_STUDY("published report, programme 5: a case study with a file"),

	/** An id nothing has: the answer must not say more than "not found". */
	UNKNOWN_ID("an id that does not exist"),

	/** Two ids nothing has, for routes with two. */
	UNKNOWN_IDS("ids that do not exist"),

	UNKNOWN_ID_SECTION("an id that does not exist: achievements"),

	// Action plans (issue 5): a programme 1 plan made for the matrix.

	/**
	 * A draft programme 1 action plan (2018/19), with an objective, sub-objective and
	 * action.
	 */
	DRAFT_ACTION_PLAN("draft action plan, programme 1"),

	/** A final programme 1 action plan (2017/18). */
	FINAL_ACTION_PLAN("final action plan, programme 1"),

	DRAFT_ACTION_PLAN_OBJECTIVE("draft action plan, programme 1: an objective"),

	DRAFT_ACTION_PLAN_SUB_OBJECTIVE("draft action plan, programme 1: an objective's sub-objective"),

	DRAFT_ACTION_PLAN_ACTION("draft action plan, programme 1: an action"),

	/** Three ids nothing has, for routes with three. */
	UNKNOWN_THREE_IDS("three ids that do not exist"),

	// Recommendations and deadlines (issue 5)

	/** The demo plan, whose programmes the samples belong to. */
	PLAN("the demo plan"),

	/**
	 * The demo plan and its 2018/19 Q1, whose executive summary is a draft (issue 8):
	 * only admins see it.
	 */
	PLAN_DRAFT_SUMMARY_PERIOD("the demo plan: 2018/19 Q1, its executive summary a draft"),

	/** The demo plan and its 2017/18 Q3 (h-home: the quarter view). */
	PLAN_PERIOD("the demo plan: 2017/18 Q3"),

	/** A recommendation of the demo plan that actions answer, so it cannot be removed. */
	PLAN_RECOMMENDATION("the demo plan: Ofsted 2017 recommendation 1, answered by actions"),
	// Measures (h-measure)

	/** A measure of programme 1 (from its demo measures table). */
	MEASURE("a programme 1 measure"),

	/**
	 * A measure of programme 7, which {@link Actor#LEAD_OTHER} leads and
	 * {@link Actor#LEAD_OWN} does not.
	 */
	OTHER_PROGRAMME_MEASURE("a programme 7 measure"),

	/**
	 * Programme 7, which {@link Actor#LEAD_OTHER} leads and {@link Actor#LEAD_OWN} does
	 * not.
	 */
	OTHER_PROGRAMME("programme 7"),

	/** Programme 1's key risk (demo data). */
	RISK("programme 1's key risk"),

	/**
	 * Programme 7's key risk, which {@link Actor#LEAD_OTHER} may change and
	 * {@link Actor#LEAD_OWN} may not.
	 */
	OTHER_PROGRAMME_RISK("programme 7's key risk"),

	/** The corporate risk ORG0009, on no programme: only admins change it. */
	CORPORATE_RISK("corporate risk ORG0009"),

	// Risk editing (h-riskedit): mitigations of the demo key risks.

	/** Programme 1's key risk and its first mitigation. */
	RISK_MITIGATION("programme 1's key risk: its first mitigation"),

	/** Programme 7's key risk and its first mitigation. */
	OTHER_PROGRAMME_RISK_MITIGATION("programme 7's key risk: its first mitigation"),

	/**
	 * Programme 1's key risk with programme 7's mitigation: a mitigation that is not the
	 * risk's is not found, for anyone.
	 */
	RISK_WITH_OTHER_RISKS_MITIGATION("programme 1's key risk: programme 7's mitigation"),

	// Plan administration (issue 9, h-plans): changes are sent without the fields or the
	// status the page showed, so the samples are never changed.

	/** The demo plan and its programme 1. */
	PLAN_PROGRAMME("the demo plan: programme 1"),

	/** Programme 1's delivery group. */
	DELIVERY_GROUP("programme 1's delivery group"),

	// Users (issue 9, h-users)

	/** A lead account made for the matrix, which it never changes. */
	USER("the matrix's own user"),

	/** A well-formed one-time password link that was never issued. */
	UNKNOWN_TOKEN("a password link never issued");

	private final String description;

	Sample(String description) {
		this.description = description;
	}

	String description() {
		return this.description;
	}

}
