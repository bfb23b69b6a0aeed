package org.waymark.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who may use each route of the application: the one place a route's access policy is
 * declared. {@link RouteAccessMatrixIT} finds every route Spring MVC maps and fails the
 * build for a route declared nowhere here, and for an entry here whose route has gone.
 * <p>
 * A mapping that names no HTTP method answers them all; it is declared once for each of
 * {@link #UNRESTRICTED_METHODS}. HEAD and OPTIONS are left out: Spring MVC answers them
 * itself for every route (HEAD as the GET without a body, OPTIONS with the Allow header),
 * so they add nothing to check.
 * <p>
 * A policy names the {@link Sample samples} its route's path variables are filled with
 * and what each {@link Actor} should get for each; one that needs request parameters (a
 * form's required fields) sends them with {@link Policy#sending}, so that the matrix
 * checks who may use the route rather than getting a 400 for a missing value.
 */
final class RoutePolicies {

	/** What a mapping without a method condition is checked with. */
	static final Set<String> UNRESTRICTED_METHODS = Collections
		.unmodifiableSet(new TreeSet<>(Set.of("GET", "POST", "PUT", "PATCH", "DELETE")));

	/** Routes in Spring MVC's request-mapping registry, one line each. */
	static final Map<Route, Policy> MAPPED = policies(
	// @formatter:off
			route("GET", "/", Policy.signedIn()),
			route("GET", "/login", Policy.open()),
			route("GET", "/programmes/{id}", Policy.programmePage()),
			// Quarter view (h-home): everyone signed in; what it shows depends on who looks.
			route("GET", "/plans/{planId}/quarters/{periodId}", Policy.planQuarterPage()),
			// The quarter's data as files (h-export): as the quarter view, what is in them depends on who asks.
			route("GET", "/plans/{planId}/quarters/{periodId}/export.xlsx", Policy.planQuarterPage()),
			route("GET", "/plans/{planId}/quarters/{periodId}/statuses.csv", Policy.planQuarterPage()),
			route("GET", "/plans/{planId}/quarters/{periodId}/measures.csv", Policy.planQuarterPage()),
			route("GET", "/plans/{planId}/quarters/{periodId}/actions.csv", Policy.planQuarterPage()),
			// The committee pack (issue 8): the PDF as the quarter view; the published summary's Word file
			// (2017/18 Q3 has one); a report's Word file for whoever may read the report.
			route("GET", "/plans/{planId}/quarters/{periodId}/pack.pdf", Policy.planQuarterPage()),
			route("GET", "/plans/{planId}/quarters/{periodId}/executive-summary.docx", Policy.planQuarterPage()),
			route("GET", "/reports/{id}/report.docx", Policy.reportVisibility()),
			// Executive summary (issue 8). Changes carry a stale version, so the samples are never changed.
			route("GET", "/plans/{planId}/quarters/{periodId}/summary", Policy.summaryReading()),
			route("POST", "/plans/{planId}/quarters/{periodId}/summary/generate", Policy.summaryWriting().sending("revision", "-1").sending("version", "-1")),
			route("GET", "/plans/{planId}/quarters/{periodId}/summary/edit", Policy.summaryWriting()),
			route("POST", "/plans/{planId}/quarters/{periodId}/summary/edit", Policy.summaryWriting().sending("version", "-1")),
			route("GET", "/plans/{planId}/quarters/{periodId}/summary/publish", Policy.summaryWriting()),
			route("POST", "/plans/{planId}/quarters/{periodId}/summary/publish", Policy.summaryWriting().sending("version", "-1")),
			route("GET", "/reports/{id}", Policy.reportVisibility()),
			route("GET", "/reports/mine", Policy.leadsAndAdmins()),
			route("GET", "/returns", Policy.adminOnly()),
			// Administration (issue 9): the home page for the business manager.
			route("GET", "/admin", Policy.adminOnly()),
			// Plans, programmes, delivery groups and the reporting calendar (issue 9, h-plans). Changes are
			// sent without their fields or the status the page showed: a form comes back with errors, a
			// status change with 409, and the demo plan stays as it is. The demo plan has every quarter,
			// so generating them adds none.
			route("GET", "/admin/plans", Policy.adminOnly()),
			route("GET", "/admin/plans/new", Policy.adminOnly()),
			route("POST", "/admin/plans/new", Policy.adminOnly()),
			route("GET", "/admin/plans/{planId}", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/details", Policy.planAdministration()),
			route("POST", "/admin/plans/{planId}/details", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/activate", Policy.planAdministration()),
			route("POST", "/admin/plans/{planId}/activate", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/close", Policy.planAdministration()),
			route("POST", "/admin/plans/{planId}/close", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/programmes", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/programmes/new", Policy.planAdministration()),
			route("POST", "/admin/plans/{planId}/programmes/new", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/programmes/{programmeId}", Policy.programmeAdministration()),
			route("POST", "/admin/plans/{planId}/programmes/{programmeId}", Policy.programmeAdministration()),
			route("POST", "/admin/plans/{planId}/programmes/{programmeId}/retire", Policy.programmeAdministration()),
			route("GET", "/admin/delivery-groups", Policy.adminOnly()),
			route("GET", "/admin/delivery-groups/new", Policy.adminOnly()),
			route("POST", "/admin/delivery-groups/new", Policy.adminOnly()),
			route("GET", "/admin/delivery-groups/{groupId}", Policy.deliveryGroupAdministration()),
			route("POST", "/admin/delivery-groups/{groupId}", Policy.deliveryGroupAdministration()),
			route("GET", "/admin/plans/{planId}/calendar", Policy.planAdministration()),
			route("POST", "/admin/plans/{planId}/calendar/generate", Policy.planAdministration()),
			route("GET", "/admin/plans/{planId}/quarters/{periodId}/open", Policy.quarterAdministration()),
			route("POST", "/admin/plans/{planId}/quarters/{periodId}/open", Policy.quarterAdministration()),
			route("GET", "/admin/plans/{planId}/quarters/{periodId}/due-date", Policy.quarterAdministration()),
			route("POST", "/admin/plans/{planId}/quarters/{periodId}/due-date", Policy.quarterAdministration()),
			route("GET", "/admin/plans/{planId}/quarters/{periodId}/close", Policy.quarterAdministration()),
			route("POST", "/admin/plans/{planId}/quarters/{periodId}/close", Policy.quarterAdministration()),
			// Users (issue 9, h-users). Changes carry a stale version, so the matrix's user is never changed.
			route("GET", "/admin/users", Policy.adminOnly()),
			route("GET", "/admin/users/new", Policy.adminOnly()),
			// Sent without a name or email address, a new user comes back as the form with errors.
			route("POST", "/admin/users/new", Policy.adminOnly()),
			route("GET", "/admin/users/link", Policy.adminOnly()),
			route("GET", "/admin/users/{id}", Policy.userAdministration()),
			route("POST", "/admin/users/{id}", Policy.userAdministration().sending("version", "-1").sending("displayName", "Matrix user").sending("email", "matrix-user@example.org").sending("roles", "LEAD")),
			route("GET", "/admin/users/{id}/disable", Policy.userAdministration()),
			route("POST", "/admin/users/{id}/disable", Policy.userAdministration().sending("version", "-1")),
			route("GET", "/admin/users/{id}/enable", Policy.userAdministration()),
			route("POST", "/admin/users/{id}/enable", Policy.userAdministration().sending("version", "-1")),
			route("GET", "/admin/users/{id}/password-link", Policy.userAdministration()),
			route("POST", "/admin/users/{id}/password-link", Policy.userAdministration().sending("version", "-1")),
			// One-time links are public (how a new person gets in); one never issued is not found, for anyone.
			route("GET", "/password/set/{token}", Policy.passwordLink()),
			route("POST", "/password/set/{token}", Policy.passwordLink().sending("newPassword", "matrix matrix matrix").sending("confirmPassword", "matrix matrix matrix")),
			// Changing one's own password; sent without the current password it comes back with an error.
			route("GET", "/account/password", Policy.signedIn()),
			route("POST", "/account/password", Policy.signedIn()),
			// The audit log and its CSV file (issue 9, h-audit).
			route("GET", "/admin/audit", Policy.adminOnly()),
			route("GET", "/admin/audit.csv", Policy.adminOnly()),
			// Reminders (h-reminders): the admin's list, and chasing a return. The matrix chases a
			// quarter that is not open, so nothing is sent.
			route("GET", "/admin/reminders", Policy.adminOnly()),
			route("POST", "/programmes/{programmeId}/periods/{periodId}/chase", Policy.chase()),
			// Changes carry a stale version or fingerprint, so the samples are never changed.
			route("POST", "/programmes/{programmeId}/periods/{periodId}/report", Policy.startReport()),
			route("GET", "/reports/{id}/edit", Policy.reportWriting()),
			route("GET", "/reports/{id}/edit/status", Policy.reportWriting()),
			route("POST", "/reports/{id}/edit/status", Policy.reportWriting().sending("fingerprint", "stale")),
			route("GET", "/reports/{id}/edit/sections/{section}", Policy.sectionWriting()),
			route("POST", "/reports/{id}/edit/sections/{section}", Policy.sectionWriting().sending("fingerprint", "stale")),
			route("GET", "/reports/{id}/edit/measures", Policy.reportWriting()),
			route("POST", "/reports/{id}/edit/measures", Policy.reportWriting().sending("fingerprint", "stale")),
			route("GET", "/reports/{id}/edit/actions", Policy.reportWriting()),
			route("POST", "/reports/{id}/edit/actions", Policy.reportWriting().sending("fingerprint", "stale")),
			route("POST", "/reports/{id}/submit", Policy.reportWriting().sending("version", "-1")),
			// Sent without a title, an added case study comes back as the form with an error.
			route("GET", "/reports/{id}/edit/case-studies", Policy.reportWriting()),
			route("POST", "/reports/{id}/edit/case-studies", Policy.reportWriting()),
			route("GET", "/reports/{id}/edit/case-studies/{caseStudyId}", Policy.caseStudyWriting()),
			route("POST", "/reports/{id}/edit/case-studies/{caseStudyId}", Policy.caseStudyWriting().sending("title", "Matrix").sending("fingerprint", "stale")),
			route("GET", "/reports/{id}/edit/case-studies/{caseStudyId}/remove", Policy.caseStudyWriting()),
			route("POST", "/reports/{id}/edit/case-studies/{caseStudyId}/remove", Policy.caseStudyWriting().sending("fingerprint", "stale")),
			route("GET", "/reports/{id}/case-studies/{caseStudyId}/attachment", Policy.caseStudyDownload()),
			route("GET", "/reports/{id}/history", Policy.reportHistory()),
			route("GET", "/reports/{id}/history/compare", Policy.reportHistory()),
			route("GET", "/reports/{id}/return", Policy.reportReview()),
			route("POST", "/reports/{id}/return", Policy.reportReview().sending("version", "-1").sending("comment", "Please check")),
			route("POST", "/reports/{id}/publish", Policy.reportReview().sending("version", "-1")),
			route("GET", "/reports/{id}/correct", Policy.reportReview()),
			route("POST", "/reports/{id}/correct", Policy.reportReview().sending("version", "-1").sending("comment", "A typo")),
			// Recommendations and deadlines (issue 5). Sent without a number, an added
			// recommendation comes back as the form with an error; changes carry a stale version.
			route("GET", "/plans/{planId}/recommendations", Policy.planPage()),
			route("GET", "/plans/{planId}/recommendations/coverage", Policy.planPage()),
			route("GET", "/plans/{planId}/deadlines", Policy.planPage()),
			// Risk heat map and attention list (h-heatmap): everyone signed in reads them.
			route("GET", "/plans/{planId}/risks/heat-map", Policy.planPage()),
			route("GET", "/plans/{planId}/risks/attention", Policy.planPage()),
			// RAG view and scrutiny summary (h-rag): everyone signed in reads them.
			route("GET", "/plans/{planId}/rag", Policy.planPage()),
			route("GET", "/plans/{planId}/scrutiny-summary", Policy.planPage()),
			// Compare two quarters: everyone signed in.
			route("GET", "/plans/{planId}/compare", Policy.planPage()),
			route("GET", "/plans/{planId}/recommendations/new", Policy.recommendationAdding()),
			route("POST", "/plans/{planId}/recommendations/new", Policy.recommendationAdding().sending("source", "Ofsted 2017")),
			route("GET", "/plans/{planId}/recommendations/{recommendationId}", Policy.recommendationEditing()),
			route("POST", "/plans/{planId}/recommendations/{recommendationId}", Policy.recommendationEditing().sending("source", "Ofsted 2017").sending("number", "1").sending("version", "-1")),
			route("GET", "/plans/{planId}/recommendations/{recommendationId}/remove", Policy.recommendationEditing()),
			route("POST", "/plans/{planId}/recommendations/{recommendationId}/remove", Policy.recommendationEditing().sending("version", "-1")),
			// Measures (h-measure). Changes are sent without a name (the form comes back
			// with errors) or with a stale version, so the samples are never changed.
			route("GET", "/measures/{id}", Policy.measureReading()),
			route("GET", "/programmes/{programmeId}/measures", Policy.programmeMeasuresReading()),
			route("GET", "/programmes/{programmeId}/measures/new", Policy.measureAdding()),
			route("POST", "/programmes/{programmeId}/measures/new", Policy.measureAdding()),
			route("GET", "/measures/{id}/edit", Policy.measureChanging()),
			route("POST", "/measures/{id}/edit", Policy.measureChanging().sending("version", "-1")),
			// Action plans (issue 5). Changes are sent with a stale version (409) or without a
			// required field (the form again with an error), so the samples are never changed.
			route("GET", "/programmes/{programmeId}/action-plans", Policy.actionPlanList()),
			route("GET", "/programmes/{programmeId}/action-plans/new", Policy.actionPlanCreating()),
			route("POST", "/programmes/{programmeId}/action-plans/new", Policy.actionPlanCreating()),
			route("GET", "/action-plans/{id}", Policy.actionPlanReading()),
			route("GET", "/action-plans/{id}/print", Policy.actionPlanReading()),
			route("GET", "/action-plans/{id}/details", Policy.actionPlanEditing()),
			route("POST", "/action-plans/{id}/details", Policy.actionPlanEditing().sending("version", "-1").sending("title", "Matrix").sending("status", "DRAFT")),
			route("GET", "/action-plans/{id}/roll-forward", Policy.actionPlanEditing()),
			route("POST", "/action-plans/{id}/roll-forward", Policy.actionPlanEditing().sending("version", "-1")),
			route("GET", "/action-plans/{id}/objectives/new", Policy.actionPlanEditing()),
			route("POST", "/action-plans/{id}/objectives/new", Policy.actionPlanEditing()),
			route("GET", "/action-plans/{id}/objectives/{objectiveId}", Policy.objectiveEditing()),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}", Policy.objectiveEditing().sending("version", "-1").sending("title", "Matrix")),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}/move", Policy.objectiveEditing().sending("version", "-1").sending("direction", "DOWN")),
			route("GET", "/action-plans/{id}/objectives/{objectiveId}/remove", Policy.objectiveEditing()),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}/remove", Policy.objectiveEditing().sending("version", "-1")),
			route("GET", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/new", Policy.objectiveEditing()),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/new", Policy.objectiveEditing()),
			route("GET", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}", Policy.subObjectiveEditing()),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}", Policy.subObjectiveEditing().sending("version", "-1").sending("title", "Matrix").sending("letter", "A")),
			route("GET", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove", Policy.subObjectiveEditing()),
			route("POST", "/action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove", Policy.subObjectiveEditing().sending("version", "-1")),
			route("GET", "/action-plans/{id}/actions/new", Policy.actionPlanEditing()),
			route("POST", "/action-plans/{id}/actions/new", Policy.actionPlanEditing()),
			route("GET", "/action-plans/{id}/actions/{actionId}", Policy.actionEditing()),
			route("POST", "/action-plans/{id}/actions/{actionId}", Policy.actionEditing().sending("version", "-1").sending("description", "Matrix")),
			route("POST", "/action-plans/{id}/actions/{actionId}/move", Policy.actionEditing().sending("version", "-1").sending("direction", "DOWN")),
			route("GET", "/action-plans/{id}/actions/{actionId}/remove", Policy.actionEditing()),
			route("POST", "/action-plans/{id}/actions/{actionId}/remove", Policy.actionEditing().sending("version", "-1")),
			// Boot's BasicErrorController maps /error for every method.
			route("GET", "/error", Policy.directErrorRequest()),
			route("POST", "/error", Policy.directErrorRequest()),
			route("PUT", "/error", Policy.directErrorRequest()),
			route("PATCH", "/error", Policy.directErrorRequest()),
			route("DELETE", "/error", Policy.directErrorRequest()),
			// --- Spreadsheet import and export (h-transfer) ---
			// An upload sent without a file, or a confirmation with a stale token, comes back
			// as the upload page with an error: nothing is imported.
			route("GET", "/action-plans/template.xlsx", Policy.signedIn()),
			route("GET", "/action-plans/template.csv", Policy.signedIn()),
			route("GET", "/action-plans/{id}/export.xlsx", Policy.actionPlanExport()),
			route("GET", "/action-plans/{id}/export.csv", Policy.actionPlanExport()),
			route("GET", "/action-plans/{id}/import", Policy.actionPlanImport()),
			route("POST", "/action-plans/{id}/import", Policy.actionPlanImport()),
			route("POST", "/action-plans/{id}/import/confirm", Policy.actionPlanImport().sending("token", "stale")),
			// Measure values that stand are published: everyone signed in exports them.
			route("GET", "/measure-values/template.xlsx", Policy.signedIn()),
			route("GET", "/measure-values/template.csv", Policy.signedIn()),
			route("GET", "/programmes/{programmeId}/measure-values/export.xlsx", Policy.programmePage()),
			route("GET", "/programmes/{programmeId}/measure-values/export.csv", Policy.programmePage()),
			route("GET", "/programmes/{programmeId}/measure-values/import", Policy.measureValueImport()),
			route("POST", "/programmes/{programmeId}/measure-values/import", Policy.measureValueImport()),
			route("POST", "/programmes/{programmeId}/measure-values/import/confirm", Policy.measureValueImport().sending("token", "stale")),
			// --- Risk register pages (h-register): everyone signed in reads them ---
			route("GET", "/plans/{planId}/risks", Policy.planPage()),
			route("GET", "/risks/{id}", Policy.riskReading()),
			// --- Risk editing (h-riskedit) ---
			// Sent without the required fields (the form again with errors) or with a stale
			// version (409), so the demo risks and mitigations are never changed.
			route("GET", "/plans/{planId}/risks/new", Policy.riskAdding()),
			route("POST", "/plans/{planId}/risks/new", Policy.riskAdding()),
			route("GET", "/risks/{id}/edit", Policy.riskChanging()),
			route("POST", "/risks/{id}/edit", Policy.riskChanging().sending("version", "-1").sending("title", "Matrix").sending("status", "OPEN")),
			route("GET", "/risks/{id}/assess", Policy.riskChanging()),
			route("POST", "/risks/{id}/assess", Policy.riskChanging()),
			route("GET", "/risks/{id}/mitigations/new", Policy.riskChanging()),
			route("POST", "/risks/{id}/mitigations/new", Policy.riskChanging().sending("version", "-1").sending("description", "Matrix").sending("status", "PLANNED")),
			route("GET", "/risks/{id}/mitigations/{mitigationId}/edit", Policy.mitigationChanging()),
			route("POST", "/risks/{id}/mitigations/{mitigationId}/edit", Policy.mitigationChanging().sending("version", "-1").sending("description", "Matrix").sending("status", "PLANNED")),
			route("GET", "/risks/{id}/mitigations/{mitigationId}/remove", Policy.mitigationChanging()),
			route("POST", "/risks/{id}/mitigations/{mitigationId}/remove", Policy.mitigationChanging().sending("version", "-1")));
	// @formatter:on

	/**
	 * Routes the security filters answer before Spring MVC sees the request, so they are
	 * in no registry: listed by hand.
	 */
	static final Map<Route, Policy> FILTERS = policies(
	// @formatter:off
			route("POST", "/login", Policy.open()),
			route("POST", "/logout", Policy.open()));
	// @formatter:on

	private RoutePolicies() {
	}

	/** Every route with a declared policy, mapped ones and the filters'. */
	static Map<Route, Policy> all() {
		Map<Route, Policy> all = new LinkedHashMap<>(MAPPED);
		all.putAll(FILTERS);
		return all;
	}

	/** The mapped routes with no policy here. */
	static SortedSet<Route> undeclared(Set<Route> mapped) {
		SortedSet<Route> undeclared = new TreeSet<>(mapped);
		undeclared.removeAll(MAPPED.keySet());
		return undeclared;
	}

	/** The policies here whose route is no longer mapped. */
	static SortedSet<Route> stale(Set<Route> mapped) {
		SortedSet<Route> stale = new TreeSet<>(MAPPED.keySet());
		stale.removeAll(mapped);
		return stale;
	}

	private static Map.Entry<Route, Policy> route(String method, String pattern, Policy policy) {
		return Map.entry(new Route(method, pattern), policy);
	}

	/** For a mapping that insists on request parameters, e.g. {@code "action=submit"}. */
	@SuppressWarnings("unused")
	private static Map.Entry<Route, Policy> route(String method, String pattern, String params, Policy policy) {
		return Map.entry(new Route(method, pattern, params), policy);
	}

	@SafeVarargs
	private static Map<Route, Policy> policies(Map.Entry<Route, Policy>... entries) {
		Map<Route, Policy> policies = new LinkedHashMap<>();
		for (Map.Entry<Route, Policy> entry : entries) {
			if (policies.put(entry.getKey(), entry.getValue()) != null) {
				throw new IllegalStateException("Two policies for " + entry.getKey());
			}
		}
		return Collections.unmodifiableMap(policies);
	}

}
