package org.waymark.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.waymark.security.Actor.ADMIN;
import static org.waymark.security.Actor.ANONYMOUS;
import static org.waymark.security.Actor.EXECUTIVE;
import static org.waymark.security.Actor.LEAD_OTHER;
import static org.waymark.security.Actor.LEAD_OWN;
import static org.waymark.security.Actor.SCRUTINY;

/**
 * Who may use a route: for each {@link Sample} the route is checked with, the
 * {@link Outcome} each {@link Actor} should get. The rules are those of DESIGN.md,
 * "People and what they do"; a route's policy is declared in {@link RoutePolicies}.
 */
final class Policy {

	private final String description;

	private final Map<Sample, Map<Actor, Outcome>> expectations = new LinkedHashMap<>();

	private final Map<String, String> parameters = new LinkedHashMap<>();

	private Policy(String description) {
		this.description = description;
	}

	/** Anyone, signed in or not: the sign-in page and the forms it posts to. */
	static Policy open() {
		return new Policy("open to everyone").when(Sample.NONE, everyone());
	}

	/** Anyone signed in; anonymous visitors are sent to sign in. */
	static Policy signedIn() {
		return new Policy("anyone signed in").when(Sample.NONE, signedInAllowed(Actor.values()));
	}

	/**
	 * A programme's page: everyone signed in (what is on it depends on who is looking),
	 * and "not found" for a programme that does not exist.
	 */
	static Policy programmePage() {
		return new Policy("programme page").when(Sample.PROGRAMME, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * A highlight report in its workflow state: drafts to the programme's leads and
	 * admins, submitted reports adding executives, published reports to everyone signed
	 * in.
	 */
	static Policy reportVisibility() {
		return new Policy("report visibility").when(Sample.DRAFT_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT, signedInAllowed(ADMIN, LEAD_OWN, EXECUTIVE))
			.when(Sample.PUBLISHED_REPORT, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE, SCRUTINY))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Leads and admins: the people who write reports. */
	static Policy leadsAndAdmins() {
		return new Policy("leads and admins").when(Sample.NONE, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER));
	}

	/** The partnership business manager only. */
	static Policy adminOnly() {
		return new Policy("admins only").when(Sample.NONE, signedInAllowed(ADMIN));
	}

	/**
	 * Chasing a programme's return for a quarter (h-reminders): admins only; "not found"
	 * for a programme or quarter that does not exist.
	 */
	static Policy chase() {
		return new Policy("chase a return").when(Sample.PROGRAMME_REPORTED_PERIOD, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * Starting (or opening) a programme's report for a quarter: the programme's leads and
	 * admins.
	 */
	static Policy startReport() {
		return new Policy("start a report").when(Sample.PROGRAMME_REPORTED_PERIOD, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * Writing in a report: its programme's leads and admins, whatever its state (a report
	 * that can no longer be written in is shown read-only, or the change refused with
	 * 409); nobody else.
	 */
	static Policy reportWriting() {
		return new Policy("report writing").when(Sample.DRAFT_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.PUBLISHED_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** As {@link #reportWriting()}, for a route naming a section of the report. */
	static Policy sectionWriting() {
		return new Policy("report section writing").when(Sample.DRAFT_REPORT_SECTION, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT_SECTION, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.PUBLISHED_REPORT_SECTION, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID_SECTION, signedInAllowed());
	}

	/**
	 * Adding to, changing or removing a report's case studies: as
	 * {@link #reportWriting()}, for a route naming a case study of the report.
	 */
	static Policy caseStudyWriting() {
		return new Policy("case study writing").when(Sample.DRAFT_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.PUBLISHED_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * A case study's file: whoever may read the report in its state, as
	 * {@link #reportVisibility()}.
	 */
	static Policy caseStudyDownload() {
		return new Policy("case study file, by report visibility")
			.when(Sample.DRAFT_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN, EXECUTIVE))
			.when(Sample.PUBLISHED_REPORT_CASE_STUDY, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE, SCRUTINY))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * A report's history of changes: it shows drafts' text, so only those who may read
	 * the programme's drafts (its leads and admins), whatever stage the report is at now.
	 */
	static Policy reportHistory() {
		return new Policy("report history").when(Sample.DRAFT_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.SUBMITTED_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.PUBLISHED_REPORT, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Returning, publishing and correcting reports: admins, in any state. */
	static Policy reportReview() {
		return new Policy("report review").when(Sample.DRAFT_REPORT, signedInAllowed(ADMIN))
			.when(Sample.SUBMITTED_REPORT, signedInAllowed(ADMIN))
			.when(Sample.PUBLISHED_REPORT, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * A quarter of a plan (the quarter view): everyone signed in, "not found" for a plan
	 * or period that does not exist.
	 */
	static Policy planQuarterPage() {
		return new Policy("plan quarter page").when(Sample.PLAN_PERIOD, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * A quarter's executive summary (issue 8): the published one for everyone signed in
	 * (2017/18 Q3, published in the demo); a quarter whose summary is only a draft is not
	 * found except by admins.
	 */
	static Policy summaryReading() {
		return new Policy("executive summary reading").when(Sample.PLAN_PERIOD, signedInAllowed(Actor.values()))
			.when(Sample.PLAN_DRAFT_SUMMARY_PERIOD, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/**
	 * Drafting, editing and publishing a quarter's executive summary: admins only,
	 * whether it is published or a draft.
	 */
	static Policy summaryWriting() {
		return new Policy("executive summary writing").when(Sample.PLAN_PERIOD, signedInAllowed(ADMIN))
			.when(Sample.PLAN_DRAFT_SUMMARY_PERIOD, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	// Recommendations and deadlines (issue 5)

	/**
	 * A page about a whole plan (its recommendations, their coverage, its deadlines):
	 * everyone signed in (scrutiny without draft action plans), and "not found" for a
	 * plan that does not exist.
	 */
	static Policy planPage() {
		return new Policy("plan page").when(Sample.PLAN, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Adding to a plan's register of recommendations: admins only. */
	static Policy recommendationAdding() {
		return new Policy("add a recommendation").when(Sample.PLAN, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Changing or removing a recommendation of a plan's register: admins only. */
	static Policy recommendationEditing() {
		return new Policy("change or remove a recommendation").when(Sample.PLAN_RECOMMENDATION, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	// Measures (h-measure)

	/**
	 * A measure's page and a programme's measures: everyone signed in (only published
	 * values are shown); "not found" for one that does not exist.
	 */
	static Policy measureReading() {
		return new Policy("measure reading").when(Sample.MEASURE, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** As {@link #measureReading()}, for a route naming the programme. */
	static Policy programmeMeasuresReading() {
		return new Policy("programme measures reading").when(Sample.PROGRAMME, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Adding a measure to a programme: its leads and admins; a lead of another programme
	 * is refused (on programme 7 the leads swap places).
	 */
	static Policy measureAdding() {
		return new Policy("measure adding").when(Sample.PROGRAMME, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.OTHER_PROGRAMME, signedInAllowed(ADMIN, LEAD_OTHER))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Changing a measure: its programme's leads and admins; a lead of another programme
	 * is refused (on programme 7 the leads swap places).
	 */
	static Policy measureChanging() {
		return new Policy("measure changing").when(Sample.MEASURE, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.OTHER_PROGRAMME_MEASURE, signedInAllowed(ADMIN, LEAD_OTHER))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Boot's error page, asked for by address rather than reached through an error: there
	 * is no such page, for anyone.
	 */
	static Policy directErrorRequest() {
		return new Policy("no page (error dispatch only)").when(Sample.NONE, nobody());
	}

	// Action plans (issue 5)

	/**
	 * A programme's list of action plans: everyone signed in (scrutiny members see only
	 * final plans in it).
	 */
	static Policy actionPlanList() {
		return new Policy("action plan list").when(Sample.PROGRAMME, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Creating an action plan: the programme's leads and admins. */
	static Policy actionPlanCreating() {
		return new Policy("create an action plan").when(Sample.PROGRAMME, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Reading an action plan: everyone signed in, but drafts are not found by scrutiny.
	 */
	static Policy actionPlanReading() {
		return new Policy("action plan reading")
			.when(Sample.DRAFT_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE))
			.when(Sample.FINAL_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE, SCRUTINY))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Changing an action plan: its programme's leads and admins. */
	static Policy actionPlanEditing() {
		return new Policy("action plan editing").when(Sample.DRAFT_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.FINAL_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * As {@link #actionPlanEditing()}, for a route naming one of the plan's objectives.
	 */
	static Policy objectiveEditing() {
		return new Policy("objective editing")
			.when(Sample.DRAFT_ACTION_PLAN_OBJECTIVE, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/** As {@link #actionPlanEditing()}, for a route naming a sub-objective. */
	static Policy subObjectiveEditing() {
		return new Policy("sub-objective editing")
			.when(Sample.DRAFT_ACTION_PLAN_SUB_OBJECTIVE, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_THREE_IDS, signedInAllowed());
	}

	/** As {@link #actionPlanEditing()}, for a route naming one of the plan's actions. */
	static Policy actionEditing() {
		return new Policy("action editing").when(Sample.DRAFT_ACTION_PLAN_ACTION, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	// --- Spreadsheet import and export (h-transfer) ---

	/**
	 * Importing into an action plan: its programme's leads and admins, draft or final.
	 */
	static Policy actionPlanImport() {
		return new Policy("action plan import").when(Sample.FINAL_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.DRAFT_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Exporting an action plan: whoever may read it (see {@link #actionPlanReading()}).
	 */
	static Policy actionPlanExport() {
		return new Policy("action plan export")
			.when(Sample.DRAFT_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE))
			.when(Sample.FINAL_ACTION_PLAN, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER, EXECUTIVE, SCRUTINY))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Importing a programme's measure values: its leads and admins. */
	static Policy measureValueImport() {
		return new Policy("measure value import").when(Sample.PROGRAMME, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	// Risk editing (h-riskedit)

	/**
	 * Adding a risk to a plan's register: anyone who may change some register of the plan
	 * (its programmes' leads, and admins, who alone add plan-wide risks).
	 */
	static Policy riskAdding() {
		return new Policy("risk adding").when(Sample.PLAN, signedInAllowed(ADMIN, LEAD_OWN, LEAD_OTHER))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Changing or re-scoring a risk, or adding to its mitigations: its programme's leads
	 * and admins; a corporate risk admins only.
	 */
	static Policy riskChanging() {
		return new Policy("risk changing").when(Sample.RISK, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.OTHER_PROGRAMME_RISK, signedInAllowed(ADMIN, LEAD_OTHER))
			.when(Sample.CORPORATE_RISK, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Changing or removing one of a risk's mitigations: as {@link #riskChanging()}; a
	 * mitigation of another risk is not found.
	 */
	static Policy mitigationChanging() {
		return new Policy("mitigation changing").when(Sample.RISK_MITIGATION, signedInAllowed(ADMIN, LEAD_OWN))
			.when(Sample.OTHER_PROGRAMME_RISK_MITIGATION, signedInAllowed(ADMIN, LEAD_OTHER))
			.when(Sample.RISK_WITH_OTHER_RISKS_MITIGATION, signedInAllowed())
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	// Users (issue 9, h-users)

	/**
	 * A user's administration pages: admins only; a user that does not exist is not
	 * found.
	 */
	static Policy userAdministration() {
		return new Policy("user administration").when(Sample.USER, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * A one-time link to set a password: open to anyone holding it; one never issued is
	 * not found, for anyone, signed in or not.
	 */
	static Policy passwordLink() {
		return new Policy("one-time password link").when(Sample.UNKNOWN_TOKEN, nobody());
	}

	/** Declares what each actor gets when the route is filled with the sample. */
	Policy when(Sample sample, Map<Actor, Outcome> outcomes) {
		EnumMap<Actor, Outcome> complete = new EnumMap<>(outcomes);
		if (!complete.keySet().equals(EnumSet.allOf(Actor.class))) {
			throw new IllegalArgumentException(this.description + ": " + sample + " leaves out "
					+ EnumSet.complementOf(EnumSet.copyOf(complete.keySet())));
		}
		this.expectations.put(sample, Collections.unmodifiableMap(complete));
		return this;
	}

	/**
	 * A request parameter to send with every request, so that a route which needs one (a
	 * form's field) is checked for who may use it, not for a missing value.
	 */
	Policy sending(String name, String value) {
		this.parameters.put(name, value);
		return this;
	}

	Map<String, String> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	String description() {
		return this.description;
	}

	Set<Sample> samples() {
		return Collections.unmodifiableSet(this.expectations.keySet());
	}

	Outcome expected(Sample sample, Actor actor) {
		return this.expectations.get(sample).get(actor);
	}

	/**
	 * Reading a risk's page (h-register): everyone signed in, scrutiny included, whatever
	 * its programme; risks have no draft state.
	 */
	static Policy riskReading() {
		return new Policy("risk reading").when(Sample.RISK, signedInAllowed(Actor.values()))
			.when(Sample.OTHER_PROGRAMME_RISK, signedInAllowed(Actor.values()))
			.when(Sample.CORPORATE_RISK, signedInAllowed(Actor.values()))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/**
	 * Anonymous visitors are sent to sign in; the listed actors are let in; others
	 * refused.
	 */
	static Map<Actor, Outcome> signedInAllowed(Actor... allowed) {
		Set<Actor> in = Arrays.asList(allowed).isEmpty() ? EnumSet.noneOf(Actor.class)
				: EnumSet.copyOf(Arrays.asList(allowed));
		Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			outcomes.put(actor,
					(actor == ANONYMOUS) ? Outcome.SIGN_IN : in.contains(actor) ? Outcome.ALLOWED : Outcome.DENIED);
		}
		return outcomes;
	}

	// Plan administration (issue 9, h-plans): admins only; "not found" for what does
	// not exist.

	/** Setting up a plan: its details, status and reporting calendar. */
	static Policy planAdministration() {
		return new Policy("plan administration").when(Sample.PLAN, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Changing one of a plan's programmes. */
	static Policy programmeAdministration() {
		return new Policy("programme administration").when(Sample.PLAN_PROGRAMME, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/** Opening, moving the due date of, or closing one of a plan's quarters. */
	static Policy quarterAdministration() {
		return new Policy("quarter administration").when(Sample.PLAN_PERIOD, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_IDS, signedInAllowed());
	}

	/** Changing a delivery group. */
	static Policy deliveryGroupAdministration() {
		return new Policy("delivery group administration").when(Sample.DELIVERY_GROUP, signedInAllowed(ADMIN))
			.when(Sample.UNKNOWN_ID, signedInAllowed());
	}

	/** Everyone, anonymous visitors included, is let in. */
	static Map<Actor, Outcome> everyone() {
		Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			outcomes.put(actor, Outcome.ALLOWED);
		}
		return outcomes;
	}

	/** Everyone, anonymous visitors included, is refused (403 or 404). */
	static Map<Actor, Outcome> nobody() {
		Map<Actor, Outcome> outcomes = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			outcomes.put(actor, Outcome.DENIED);
		}
		return outcomes;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
