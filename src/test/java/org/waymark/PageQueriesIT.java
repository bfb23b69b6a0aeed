package org.waymark;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.waymark.benchmark.Installation;
import org.waymark.benchmark.Installation.GeneratedPlan;
import org.waymark.benchmark.LargeInstallationGenerator;
import org.waymark.benchmark.LargeInstallationGenerator.Shape;
import org.waymark.plan.PlanStatus;
import org.waymark.report.ExecutiveSummaryService;
import org.waymark.report.ReportDraftingService;
import org.waymark.report.ReportReviewService;
import org.waymark.report.SectionType;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.support.SampleFiles;
import org.waymark.user.Passwords;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page runs a fixed number of SQL statements however much data there is: an N+1
 * query is a bug (STYLE.md, "Queries per page stay constant as data grows").
 * <p>
 * Each page is requested through MockMvc, so the count covers the controller, the service
 * and the Thymeleaf view (lazy loading in a template would show), with Hibernate counting
 * the statements it prepares. It is requested for an entity of a generated plan about the
 * size of the demo plan ({@link Shape#demoSized()}) and for the same entity of a plan
 * with over twenty times the rows ({@link Shape#twentyTimesDemo()}): the two counts must
 * be equal and within the page's budget in {@link #BUDGETS}. The demo plan's pages must
 * keep to the budgets too. A GET route of the application with no budget fails the build,
 * so a new page is measured from the day it exists.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQueriesIT {

	private static final Logger logger = LoggerFactory.getLogger(PageQueriesIT.class);

	/**
	 * The most statements each page may run, by route: the one place budgets are
	 * declared. A new GET route needs an entry here and a page in {@link #PAGES}.
	 */
	// Home and quarter view: one more for readers other than admins, whether the
	// quarter's
	// executive summary is published (its link; issue 8). Measured here as an admin.
	private static final Map<String, Budget> BUDGETS = budgets(new Budget("GET /", "Plan dashboard (home)", 15),
			// Quarter view (h-home): period, periods, programmes, the quarter's and the
			// previous quarter's returns (3), the shown reports' sections; whether the
			// executive summary is published (its link and Word file; issue 8).
			new Budget("GET /plans/{planId}/quarters/{periodId}", "Quarter view", 8),
			// The quarter's data as files (h-export): period, periods, programmes, the
			// quarter's and the previous quarter's returns (3), the shown reports'
			// measures
			// tables with comparators, and QuarterActions (2).
			new Budget("GET /plans/{planId}/quarters/{periodId}/export.xlsx", "Quarter data (XLSX)", 9),
			new Budget("GET /plans/{planId}/quarters/{periodId}/statuses.csv", "Quarter statuses (CSV)", 9),
			new Budget("GET /plans/{planId}/quarters/{periodId}/measures.csv", "Quarter measures (CSV)", 9),
			new Budget("GET /plans/{planId}/quarters/{periodId}/actions.csv", "Quarter actions (CSV)", 9),
			// The committee pack (issue 8): the quarter's data as above (9), the
			// published
			// executive summary (1), the reports shown with their sections, the risks
			// they
			// name, the programmes' published reports and summary rows (for trends),
			// their
			// measures tables and case studies (6), and the plan's risks with assessments
			// and mitigations (3).
			new Budget("GET /plans/{planId}/quarters/{periodId}/pack.pdf", "Committee pack (PDF)", 19),
			// The quarter's statuses (9) and the published executive summary (1).
			new Budget("GET /plans/{planId}/quarters/{periodId}/executive-summary.docx", "Executive summary (Word)",
					10),
			// As the report's page.
			new Budget("GET /reports/{id}/report.docx", "Highlight report (Word)", 7),
			// The programme, its leads, the plan's periods, its returns (3), the shown
			// report's sections, the year's actions (2), its measures and values (2), its
			// risks with their assessments and mitigations (3) (h-programmedash).
			new Budget("GET /programmes/{id}", "Programme dashboard", 14),
			// The report and its history each read the risks the risks section names from
			// the register in one statement more (h-reportrisks).
			new Budget("GET /reports/{id}", "Highlight report", 7), new Budget("GET /login", "Sign-in page", 0),
			new Budget("GET /reports/mine", "Your reports", 6), new Budget("GET /returns", "Quarterly returns", 8),
			// The administration home is static: only the signed-in user is read.
			new Budget("GET /admin", "Administration", 0),
			// Users (h-users): every account with its roles, programmes and their plans
			// in
			// one statement; the forms add the plans and their programmes (2), the
			// account's page the account with its roles and programmes (1).
			new Budget("GET /admin/users", "Users", 1), new Budget("GET /admin/users/new", "Add a user form", 2),
			new Budget("GET /admin/users/{id}", "Change a user form", 3),
			new Budget("GET /admin/users/{id}/disable", "Disable a user page", 1),
			new Budget("GET /admin/users/{id}/enable", "Enable a user page", 1),
			new Budget("GET /admin/users/{id}/password-link", "New password link page", 1),
			new Budget("GET /admin/users/link", "Password link issued", 0),
			new Budget("GET /password/set/{token}", "Set your password", 1),
			new Budget("GET /account/password", "Change your password", 0),
			// The audit log: a count and a page of lines; its CSV file reads a batch of
			// 1,000 lines per statement (the test database holds fewer).
			new Budget("GET /admin/audit", "Audit log", 2), new Budget("GET /admin/audit.csv", "Audit log (CSV)", 1),
			// Reminders (h-reminders): the reminders listed, and the quarters to filter
			// by.
			// The returns page above reads when each return was last chased (one more).
			new Budget("GET /admin/reminders", "Reminders", 2),
			// One more for the risks the risks section names, which decide whether it is
			// done
			// (h-reportrisks).
			new Budget("GET /reports/{id}/edit", "Report task list", 10),
			new Budget("GET /reports/{id}/edit/status", "Report status form", 5),
			new Budget("GET /reports/{id}/edit/sections/{section}", "Report section form", 5),
			new Budget("GET /reports/{id}/edit/measures", "Report measures form", 2),
			new Budget("GET /reports/{id}/edit/actions", "Report action updates form", 6),
			new Budget("GET /reports/{id}/return", "Return a report form", 2),
			new Budget("GET /reports/{id}/correct", "Correct a report form", 2),
			new Budget("GET /reports/{id}/edit/case-studies", "Case studies form", 2),
			new Budget("GET /reports/{id}/edit/case-studies/{caseStudyId}", "Change a case study form", 2),
			new Budget("GET /reports/{id}/edit/case-studies/{caseStudyId}/remove", "Remove a case study page", 2),
			new Budget("GET /reports/{id}/case-studies/{caseStudyId}/attachment", "Case study file download", 2),
			new Budget("GET /reports/{id}/history", "History of changes", 9),
			new Budget("GET /reports/{id}/history/compare", "Compare two versions", 9),
			// --- Spreadsheet import and export (h-transfer) ---
			new Budget("GET /action-plans/template.xlsx", "Action plan template (XLSX)", 0),
			new Budget("GET /action-plans/template.csv", "Action plan template (CSV)", 0),
			new Budget("GET /action-plans/{id}/export.xlsx", "Action plan export (XLSX)", 4),
			new Budget("GET /action-plans/{id}/export.csv", "Action plan export (CSV)", 4),
			new Budget("GET /action-plans/{id}/import", "Action plan import page", 1),
			new Budget("GET /measure-values/template.xlsx", "Measure values template (XLSX)", 0),
			new Budget("GET /measure-values/template.csv", "Measure values template (CSV)", 0),
			new Budget("GET /programmes/{programmeId}/measure-values/export.xlsx", "Measure values export (XLSX)", 3),
			new Budget("GET /programmes/{programmeId}/measure-values/export.csv", "Measure values export (CSV)", 3),
			new Budget("GET /programmes/{programmeId}/measure-values/import", "Measure values import page", 1),
			// Recommendations and deadlines (issue 5)
			new Budget("GET /plans/{planId}/recommendations", "Recommendations register", 3),
			new Budget("GET /plans/{planId}/recommendations/coverage", "Coverage of recommendations", 5),
			new Budget("GET /plans/{planId}/recommendations/new", "Add a recommendation form", 2),
			new Budget("GET /plans/{planId}/recommendations/{recommendationId}", "Change a recommendation form", 4),
			new Budget("GET /plans/{planId}/recommendations/{recommendationId}/remove", "Remove a recommendation page",
					4),
			new Budget("GET /plans/{planId}/deadlines", "Deadlines", 4),
			// Measures (h-measure)
			new Budget("GET /measures/{id}", "Measure page", 2),
			new Budget("GET /programmes/{programmeId}/measures", "Programme measures", 3),
			new Budget("GET /programmes/{programmeId}/measures/new", "Add a measure form", 1),
			new Budget("GET /measures/{id}/edit", "Change a measure form", 1),
			// Action plans (issue 5)
			new Budget("GET /programmes/{programmeId}/action-plans", "Action plans list", 3),
			new Budget("GET /programmes/{programmeId}/action-plans/new", "Create an action plan form", 3),
			new Budget("GET /action-plans/{id}", "Action plan", 9),
			new Budget("GET /action-plans/{id}/print", "Action plan, printable", 9),
			new Budget("GET /action-plans/{id}/details", "Action plan details form", 2),
			new Budget("GET /action-plans/{id}/roll-forward", "Roll forward page", 5),
			new Budget("GET /action-plans/{id}/objectives/new", "Add an objective form", 3),
			new Budget("GET /action-plans/{id}/objectives/{objectiveId}", "Change an objective form", 3),
			new Budget("GET /action-plans/{id}/objectives/{objectiveId}/remove", "Remove an objective page", 3),
			new Budget("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/new", "Add a sub-objective form",
					3),
			new Budget("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}",
					"Change a sub-objective form", 4),
			new Budget("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove",
					"Remove a sub-objective page", 4),
			new Budget("GET /action-plans/{id}/actions/new", "Add an action form", 6),
			new Budget("GET /action-plans/{id}/actions/{actionId}", "Change an action form", 9),
			new Budget("GET /action-plans/{id}/actions/{actionId}/remove", "Remove an action page", 9),
			// Risk register pages (h-register)
			new Budget("GET /plans/{planId}/risks", "Risk register", 5), new Budget("GET /risks/{id}", "Risk page", 2),
			// Risk heat map and attention list (h-heatmap): the plan, its programmes and
			// RiskQueries.risksOfPlan (risks, assessments, mitigations).
			new Budget("GET /plans/{planId}/risks/heat-map", "Risk heat map", 5),
			new Budget("GET /plans/{planId}/risks/attention", "Risks needing attention", 5),
			// Risk forms (h-riskedit)
			new Budget("GET /plans/{planId}/risks/new", "New risk form", 2),
			new Budget("GET /risks/{id}/edit", "Change a risk", 2),
			new Budget("GET /risks/{id}/assess", "Re-score a risk", 2),
			new Budget("GET /risks/{id}/mitigations/new", "New mitigation form", 2),
			new Budget("GET /risks/{id}/mitigations/{mitigationId}/edit", "Change a mitigation", 3),
			new Budget("GET /risks/{id}/mitigations/{mitigationId}/remove", "Remove a mitigation", 3),
			// RAG view and scrutiny summary (h-rag): the plan, its periods and
			// programmes,
			// the quarter's returns (the summary's with the quarter before), the reports'
			// measures tables (and the summary's sections), QuarterActions and the plan's
			// risks.
			new Budget("GET /plans/{planId}/rag", "RAG view", 13),
			new Budget("GET /plans/{planId}/scrutiny-summary", "Scrutiny summary", 13),
			// Compare two quarters: the plan, its periods, the periods with anything
			// published, its programmes, the two quarters' returns, the reports' measures
			// tables, QuarterActions for each quarter and the plan's risks with their
			// assessments.
			new Budget("GET /plans/{planId}/compare", "Compare two quarters", 16),
			// Executive summary (issue 8): the period with its plan, the quarter's
			// revisions, the one shown with its status rows and their programmes, its
			// points with theirs.
			new Budget("GET /plans/{planId}/quarters/{periodId}/summary", "Executive summary", 4),
			new Budget("GET /plans/{planId}/quarters/{periodId}/summary/edit", "Edit the executive summary", 4),
			new Budget("GET /plans/{planId}/quarters/{periodId}/summary/publish", "Publish the executive summary", 4),
			// Plan administration (issue 9, h-plans): the plan, its programmes (with
			// their
			// groups) and its quarters, each in one statement.
			new Budget("GET /admin/plans", "Plans (administration)", 1),
			new Budget("GET /admin/plans/new", "Create a plan form", 0),
			new Budget("GET /admin/plans/{planId}", "Plan set-up task list", 4),
			new Budget("GET /admin/plans/{planId}/details", "Plan details form", 1),
			new Budget("GET /admin/plans/{planId}/activate", "Make a plan active page", 1),
			new Budget("GET /admin/plans/{planId}/close", "Close a plan page", 1),
			new Budget("GET /admin/plans/{planId}/programmes", "Programmes of a plan (administration)", 2),
			new Budget("GET /admin/plans/{planId}/programmes/new", "Add a programme form", 3),
			new Budget("GET /admin/plans/{planId}/programmes/{programmeId}", "Change a programme form", 2),
			new Budget("GET /admin/delivery-groups", "Delivery groups", 2),
			new Budget("GET /admin/delivery-groups/new", "Add a delivery group form", 0),
			new Budget("GET /admin/delivery-groups/{groupId}", "Change a delivery group form", 1),
			new Budget("GET /admin/plans/{planId}/calendar", "Reporting calendar", 2),
			new Budget("GET /admin/plans/{planId}/quarters/{periodId}/open", "Open a quarter form", 1),
			new Budget("GET /admin/plans/{planId}/quarters/{periodId}/due-date", "Change a due date form", 1),
			new Budget("GET /admin/plans/{planId}/quarters/{periodId}/close", "Close a quarter page", 1));

	/** The pages measured: each budgeted route at least once, for a subject's entity. */
	private static final List<Page> PAGES = List.of(
			new Page("GET /", "home, latest period", true, true, (subject) -> "/"),
			new Page("GET /", "home, an older period", true, false,
					(subject) -> "/?period=" + subject.periodIds().get(1)),
			new Page("GET /", "home, a chosen plan", true, false, (subject) -> "/?plan=" + subject.planId()),
			new Page("GET /plans/{planId}/quarters/{periodId}", "quarter view", true, false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)),
			new Page("GET /plans/{planId}/quarters/{periodId}/export.xlsx", "quarter data (XLSX)", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/export.xlsx"),
			new Page("GET /plans/{planId}/quarters/{periodId}/statuses.csv", "quarter statuses (CSV)", true, false,
					false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/statuses.csv"),
			new Page("GET /plans/{planId}/quarters/{periodId}/measures.csv", "quarter measures (CSV)", true, false,
					false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/measures.csv"),
			new Page("GET /plans/{planId}/quarters/{periodId}/actions.csv", "quarter actions (CSV)", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/actions.csv"),
			new Page("GET /plans/{planId}/quarters/{periodId}/pack.pdf", "committee pack (PDF)", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.reportPeriodId() + "/pack.pdf"),
			new Page("GET /plans/{planId}/quarters/{periodId}/executive-summary.docx", "executive summary (Word)", true,
					false, false,
					(subject) -> "/plans/" + subject.planId() + "/quarters/" + subject.reportPeriodId()
							+ "/executive-summary.docx"),
			new Page("GET /reports/{id}/report.docx", "highlight report (Word)", true, false, false,
					(subject) -> "/reports/" + subject.reportId() + "/report.docx"),
			// A draft summary: the 20x plan has over five times the programmes, so its
			// status table is longer.
			new Page("GET /plans/{planId}/quarters/{periodId}/summary", "executive summary", true, false,
					(subject) -> subject.summaryPath()),
			new Page("GET /plans/{planId}/quarters/{periodId}/summary/edit", "edit the executive summary", true, false,
					false, (subject) -> subject.summaryPath() + "/edit"),
			new Page("GET /plans/{planId}/quarters/{periodId}/summary/publish", "publish the executive summary", true,
					false, false, (subject) -> subject.summaryPath() + "/publish"),
			new Page("GET /programmes/{id}", "programme page", true, false,
					(subject) -> "/programmes/" + subject.programmeId()),
			// As at an older quarter (h-programmedash): the same statements as the
			// latest.
			new Page("GET /programmes/{id}", "programme page, an older period", true, false,
					(subject) -> "/programmes/" + subject.programmeId() + "?period=" + subject.periodIds().get(1)),
			new Page("GET /reports/{id}", "highlight report", true, false,
					(subject) -> "/reports/" + subject.reportId()),
			new Page("GET /login", "sign-in page", false, false, (subject) -> "/login"),
			// The next pages list the quarter's returns of every plan, whatever the
			// subject.
			new Page("GET /reports/mine", "your reports", true, false, false, (subject) -> "/reports/mine"),
			new Page("GET /returns", "quarterly returns", true, false, false, (subject) -> "/returns"),
			new Page("GET /admin", "administration", true, false, false, (subject) -> "/admin"),
			// Plan administration (issue 9, h-plans): lists of every plan and group do
			// not
			// depend on the subject; its plan's programmes grow with it.
			new Page("GET /admin/plans", "plans (administration)", true, false, false, (subject) -> "/admin/plans"),
			new Page("GET /admin/plans/new", "create a plan", true, false, false, (subject) -> "/admin/plans/new"),
			new Page("GET /admin/plans/{planId}", "plan set-up task list", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId()),
			new Page("GET /admin/plans/{planId}/details", "plan details form", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/details"),
			new Page("GET /admin/plans/{planId}/activate", "make a plan active", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/activate"),
			new Page("GET /admin/plans/{planId}/close", "close a plan", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/close"),
			new Page("GET /admin/plans/{planId}/programmes", "programmes of a plan (administration)", true, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/programmes"),
			new Page("GET /admin/plans/{planId}/programmes/new", "add a programme", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/programmes/new"),
			new Page("GET /admin/plans/{planId}/programmes/{programmeId}", "change a programme", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/programmes/" + subject.programmeId()),
			new Page("GET /admin/delivery-groups", "delivery groups", true, false, false,
					(subject) -> "/admin/delivery-groups?plan=" + subject.planId()),
			new Page("GET /admin/delivery-groups/new", "add a delivery group", true, false, false,
					(subject) -> "/admin/delivery-groups/new"),
			new Page("GET /admin/delivery-groups/{groupId}", "change a delivery group", true, false, false,
					(subject) -> "/admin/delivery-groups/" + subject.deliveryGroupId()),
			new Page("GET /admin/plans/{planId}/calendar", "reporting calendar", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/calendar"),
			new Page("GET /admin/plans/{planId}/quarters/{periodId}/open", "open a quarter", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/open"),
			new Page("GET /admin/plans/{planId}/quarters/{periodId}/due-date", "change a due date", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/due-date"),
			new Page("GET /admin/plans/{planId}/quarters/{periodId}/close", "close a quarter", true, false, false,
					(subject) -> "/admin/plans/" + subject.planId() + "/quarters/" + subject.periodIds().get(1)
							+ "/close"),
			// Users (h-users): the user list and forms, whatever the subject (the forms
			// list every plan's programmes, so the larger data set ticks more boxes).
			new Page("GET /admin/users", "users", true, false, false, (subject) -> "/admin/users"),
			new Page("GET /admin/users/new", "add a user", true, false, false, (subject) -> "/admin/users/new"),
			new Page("GET /admin/users/{id}", "change a user", true, false, false,
					(subject) -> "/admin/users/" + PageQueriesIT.pagesUserId),
			new Page("GET /admin/users/{id}/disable", "disable a user", true, false, false,
					(subject) -> "/admin/users/" + PageQueriesIT.pagesUserId + "/disable"),
			new Page("GET /admin/users/{id}/enable", "enable a user", true, false, false,
					(subject) -> "/admin/users/" + PageQueriesIT.pagesUserId + "/enable"),
			new Page("GET /admin/users/{id}/password-link", "new password link", true, false, false,
					(subject) -> "/admin/users/" + PageQueriesIT.pagesUserId + "/password-link"),
			new Page("GET /admin/users/link", "password link issued", true, false, false,
					(subject) -> "/admin/users/link"),
			new Page("GET /password/set/{token}", "set your password", false, false,
					(subject) -> "/password/set/" + PageQueriesIT.pagesToken),
			new Page("GET /account/password", "change your password", true, false, false,
					(subject) -> "/account/password"),
			new Page("GET /admin/audit", "audit log", true, false, false, (subject) -> "/admin/audit"),
			new Page("GET /admin/audit.csv", "audit log (CSV)", true, false, false,
					(subject) -> "/admin/audit.csv?category=REPORT"),
			new Page("GET /admin/reminders", "reminders", true, false, false, (subject) -> "/admin/reminders"),
			new Page("GET /reports/{id}/edit", "report task list", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit"),
			new Page("GET /reports/{id}/edit/status", "report status form", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit/status"),
			new Page("GET /reports/{id}/edit/sections/{section}", "achievements form", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit/sections/achievements"),
			// The risks section also lists the programme's register and the risks the
			// report names (h-reportrisks).
			new Page("GET /reports/{id}/edit/sections/{section}", "risks form", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit/sections/risks"),
			new Page("GET /reports/{id}/edit/measures", "measures form", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit/measures"),
			new Page("GET /reports/{id}/edit/actions", "action updates form", true, false, false,
					(subject) -> "/reports/" + subject.draftReportId() + "/edit/actions"),
			new Page("GET /reports/{id}/return", "return a report form", true, false, false,
					(subject) -> "/reports/" + subject.reportId() + "/return"),
			new Page("GET /reports/{id}/correct", "correct a report form", true, false, false,
					(subject) -> "/reports/" + subject.reportId() + "/correct"),
			// The case study pages list cards, not table rows: the large data set's draft
			// has twenty times the small one's case studies.
			new Page("GET /reports/{id}/edit/case-studies", "case studies form", true, false, false,
					(subject) -> "/reports/" + subject.caseStudyReportId() + "/edit/case-studies"),
			new Page("GET /reports/{id}/edit/case-studies/{caseStudyId}", "change a case study", true, false, false,
					(subject) -> "/reports/" + subject.caseStudyReportId() + "/edit/case-studies/"
							+ subject.caseStudyId()),
			new Page("GET /reports/{id}/edit/case-studies/{caseStudyId}/remove", "remove a case study", true, false,
					false,
					(subject) -> "/reports/" + subject.caseStudyReportId() + "/edit/case-studies/"
							+ subject.caseStudyId() + "/remove"),
			new Page("GET /reports/{id}/case-studies/{caseStudyId}/attachment", "case study file", true, false, false,
					(subject) -> "/reports/" + subject.caseStudyReportId() + "/case-studies/" + subject.caseStudyId()
							+ "/attachment"),
			// A report saved 3 times (small) and 60 times (20x): the history lists every
			// save in the same number of statements.
			new Page("GET /reports/{id}/history", "history of changes", true, false,
					(subject) -> "/reports/" + subject.historyReportId() + "/history"),
			new Page("GET /reports/{id}/history/compare", "compare two versions", true, false, false,
					(subject) -> "/reports/" + subject.historyReportId() + "/history/compare"),
			// --- Spreadsheet import and export (h-transfer) ---
			new Page("GET /action-plans/template.xlsx", "action plan template (XLSX)", true, false, false,
					(subject) -> "/action-plans/template.xlsx"),
			new Page("GET /action-plans/template.csv", "action plan template (CSV)", true, false, false,
					(subject) -> "/action-plans/template.csv"),
			new Page("GET /action-plans/{id}/export.xlsx", "action plan export (XLSX)", true, false, false,
					(subject) -> "/action-plans/" + subject.actionPlanId() + "/export.xlsx"),
			new Page("GET /action-plans/{id}/export.csv", "action plan export (CSV)", true, false, false,
					(subject) -> "/action-plans/" + subject.actionPlanId() + "/export.csv"),
			new Page("GET /action-plans/{id}/import", "action plan import page", true, false, false,
					(subject) -> "/action-plans/" + subject.actionPlanId() + "/import"),
			new Page("GET /measure-values/template.xlsx", "measure values template (XLSX)", true, false, false,
					(subject) -> "/measure-values/template.xlsx"),
			new Page("GET /measure-values/template.csv", "measure values template (CSV)", true, false, false,
					(subject) -> "/measure-values/template.csv"),
			new Page("GET /programmes/{programmeId}/measure-values/export.xlsx", "measure values export (XLSX)", true,
					false, false, (subject) -> "/programmes/" + subject.programmeId() + "/measure-values/export.xlsx"),
			new Page("GET /programmes/{programmeId}/measure-values/export.csv", "measure values export (CSV)", true,
					false, false, (subject) -> "/programmes/" + subject.programmeId() + "/measure-values/export.csv"),
			new Page("GET /programmes/{programmeId}/measure-values/import", "measure values import page", true, false,
					false, (subject) -> "/programmes/" + subject.programmeId() + "/measure-values/import"),
			// Recommendations and deadlines (issue 5). Every generated plan has 13
			// recommendations, so the register's rows do not grow; the actions answering
			// them, and the actions overdue (the generated plans' years are long past),
			// do.
			new Page("GET /plans/{planId}/recommendations", "recommendations", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/recommendations"),
			new Page("GET /plans/{planId}/recommendations/coverage", "coverage", true, false,
					(subject) -> "/plans/" + subject.planId() + "/recommendations/coverage"),
			new Page("GET /plans/{planId}/recommendations/new", "add a recommendation", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/recommendations/new"),
			new Page("GET /plans/{planId}/recommendations/{recommendationId}", "change a recommendation", true, false,
					false,
					(subject) -> "/plans/" + subject.planId() + "/recommendations/" + subject.recommendationId()),
			new Page("GET /plans/{planId}/recommendations/{recommendationId}/remove", "remove a recommendation", true,
					false, false,
					(subject) -> "/plans/" + subject.planId() + "/recommendations/" + subject.recommendationId()
							+ "/remove"),
			new Page("GET /plans/{planId}/deadlines", "deadlines", true, false,
					(subject) -> "/plans/" + subject.planId() + "/deadlines"),
			new Page("GET /plans/{planId}/deadlines", "deadlines of a programme and owner", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/deadlines?programme=" + subject.programmeId()
							+ "&owner=Nobody"),
			// Measures (h-measure): a measure with a value per quarter, so 20x has more
			// rows in its history; a programme with over five times the measures.
			new Page("GET /measures/{id}", "measure page", true, false,
					(subject) -> "/measures/" + subject.measureId()),
			new Page("GET /programmes/{programmeId}/measures", "programme measures", true, false,
					(subject) -> "/programmes/" + subject.programmeId() + "/measures"),
			new Page("GET /programmes/{programmeId}/measures/new", "add a measure form", true, false, false,
					(subject) -> "/programmes/" + subject.programmeId() + "/measures/new"),
			new Page("GET /measures/{id}/edit", "change a measure form", true, false, false,
					(subject) -> "/measures/" + subject.measureId() + "/edit"),
			// Action plans (issue 5): the programme's latest action plan, its first
			// objective
			// with a sub-objective, and its first action.
			new Page("GET /programmes/{programmeId}/action-plans", "action plans list", true, false, false,
					(subject) -> "/programmes/" + subject.programmeId() + "/action-plans"),
			new Page("GET /programmes/{programmeId}/action-plans/new", "create an action plan", true, false, false,
					(subject) -> "/programmes/" + subject.programmeId() + "/action-plans/new"),
			new Page("GET /action-plans/{id}", "action plan", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId()),
			new Page("GET /action-plans/{id}/print", "action plan, printable", true, false, true,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/print"),
			new Page("GET /action-plans/{id}/details", "action plan details", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/details"),
			new Page("GET /action-plans/{id}/roll-forward", "roll forward", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/roll-forward"),
			new Page("GET /action-plans/{id}/objectives/new", "add an objective", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/objectives/new"),
			new Page("GET /action-plans/{id}/objectives/{objectiveId}", "change an objective", true, false, false,
					(subject) -> subject.plan().objectivePath()),
			new Page("GET /action-plans/{id}/objectives/{objectiveId}/remove", "remove an objective", true, false,
					false, (subject) -> subject.plan().objectivePath() + "/remove"),
			new Page("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/new", "add a sub-objective", true,
					false, false, (subject) -> subject.plan().objectivePath() + "/sub-objectives/new"),
			new Page("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}", "change a sub-objective",
					true, false, false,
					(subject) -> subject.plan().objectivePath() + "/sub-objectives/" + subject.plan().subObjectiveId()),
			new Page("GET /action-plans/{id}/objectives/{objectiveId}/sub-objectives/{subId}/remove",
					"remove a sub-objective", true, false, false,
					(subject) -> subject.plan().objectivePath() + "/sub-objectives/" + subject.plan().subObjectiveId()
							+ "/remove"),
			new Page("GET /action-plans/{id}/actions/new", "add an action", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/actions/new"),
			new Page("GET /action-plans/{id}/actions/{actionId}", "change an action", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/actions/" + subject.plan().actionId()),
			new Page("GET /action-plans/{id}/actions/{actionId}/remove", "remove an action", true, false, false,
					(subject) -> "/action-plans/" + subject.plan().planId() + "/actions/" + subject.plan().actionId()
							+ "/remove"),
			// Risk register pages (h-register): the register lists twenty times the risks
			// on 20x; a risk's page has a handful of mitigations and assessments either
			// way.
			new Page("GET /plans/{planId}/risks", "risk register", true, false,
					(subject) -> "/plans/" + subject.planId() + "/risks?status=all"),
			new Page("GET /plans/{planId}/risks", "risk register of a programme", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/risks?programme=" + subject.programmeId()),
			new Page("GET /risks/{id}", "risk page", true, false, false, (subject) -> "/risks/" + subject.riskId()),
			// Risk forms (h-riskedit): a form for one risk or mitigation, whatever the
			// data.
			new Page("GET /plans/{planId}/risks/new", "new risk form", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/risks/new"),
			new Page("GET /risks/{id}/edit", "change a risk", true, false, false,
					(subject) -> "/risks/" + subject.riskId() + "/edit"),
			new Page("GET /risks/{id}/assess", "re-score a risk", true, false, false,
					(subject) -> "/risks/" + subject.riskId() + "/assess"),
			new Page("GET /risks/{id}/mitigations/new", "new mitigation form", true, false, false,
					(subject) -> "/risks/" + subject.mitigation().riskId() + "/mitigations/new"),
			new Page("GET /risks/{id}/mitigations/{mitigationId}/edit", "change a mitigation", true, false, false,
					(subject) -> subject.mitigation().path() + "/edit"),
			new Page("GET /risks/{id}/mitigations/{mitigationId}/remove", "remove a mitigation", true, false, false,
					(subject) -> subject.mitigation().path() + "/remove"),
			// Risk heat map and attention list (h-heatmap). The heat map's grid has the
			// same rows however many risks (they are listed inside its cells); the
			// attention list's tables grow, since the generated plans' review dates are
			// long past.
			new Page("GET /plans/{planId}/risks/heat-map", "risk heat map", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/risks/heat-map"),
			new Page("GET /plans/{planId}/risks/heat-map", "risk heat map, previous, all", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/risks/heat-map?status=all&previous=true"),
			new Page("GET /plans/{planId}/risks/heat-map", "risk heat map of a programme", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/risks/heat-map?programme=" + subject.programmeId()),
			new Page("GET /plans/{planId}/risks/attention", "risks needing attention", true, false,
					(subject) -> "/plans/" + subject.planId() + "/risks/attention"),
			// RAG view and scrutiny summary (h-rag), for the subject's published quarter.
			// The summary has one block per programme, not table rows.
			new Page("GET /plans/{planId}/rag", "RAG view", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/rag"),
			new Page("GET /plans/{planId}/rag", "RAG view, filtered", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/rag?period=" + subject.periodIds().get(1)
							+ "&colour=red&colour=overdue&type=action&type=measure"),
			new Page("GET /plans/{planId}/scrutiny-summary", "scrutiny summary", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/scrutiny-summary"),
			new Page("GET /plans/{planId}/compare", "compare two quarters", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/compare?from=" + subject.periodIds().get(0) + "&to="
							+ subject.periodIds().get(1)),
			new Page("GET /plans/{planId}/compare", "compare two quarters of a programme", true, false, false,
					(subject) -> "/plans/" + subject.planId() + "/compare?from=" + subject.periodIds().get(0) + "&to="
							+ subject.periodIds().get(1) + "&programme=" + subject.programmeId()));

	private static final Pattern TABLE_ROW = Pattern.compile("class=\"govuk-table__row\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private ReportReviewService review;

	@Autowired
	private ReportDraftingService drafting;

	@Autowired
	private ExecutiveSummaryService summaries;

	@Autowired
	private Passwords passwords;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMappings;

	private LargeInstallationGenerator generator;

	private Installation small;

	private Installation large;

	/** A report with a history of saves, by the tag of its installation. */
	private final Map<String, Long> reportsWithHistory = new HashMap<>();

	private Statistics statistics;

	private boolean statisticsWereEnabled;

	/** A lead of its own for the user pages, and a link to set its password (h-users). */
	private static long pagesUserId;

	private static String pagesToken;

	@BeforeAll
	void generateDataSets() {
		pagesUserId = this.transactions.execute((tx) -> {
			Long id = this.jdbc.query("select id from app_user where username = 'pages-user@example.org'",
					(rs) -> rs.next() ? rs.getLong(1) : null);
			if (id == null) {
				id = this.jdbc.queryForObject("insert into app_user (username, display_name, password_hash, enabled)"
						+ " values ('pages-user@example.org', 'Pages user', '{bcrypt}unusable', true) returning id",
						Long.class);
				this.jdbc.update("insert into user_role (user_id, role) values (?, 'LEAD')", id);
			}
			return id;
		});
		pagesToken = this.passwords.issueLink(pagesUserId, "http://localhost").token();
		long started = System.nanoTime();
		this.generator = new LargeInstallationGenerator(this.dataSource, 20261122L);
		// Closed plans with early years: never the default plan of another test's home
		// page.
		this.small = this.generator.generate("pages-small", Shape.demoSized(), 2005, PlanStatus.CLOSED);
		this.large = this.generator.generate("pages-large", Shape.twentyTimesDemo(), 2005, PlanStatus.CLOSED);
		logger.info("Generated {} rows (small) and {} rows (20x) in {} ms", this.small.totalRows(),
				this.large.totalRows(), (System.nanoTime() - started) / 1_000_000);
		this.reportsWithHistory.put(this.small.tag(), reportWithHistory(this.small, 3));
		this.reportsWithHistory.put(this.large.tag(), reportWithHistory(this.large, 60));
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statisticsWereEnabled = this.statistics.isStatisticsEnabled();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterAll
	void removeDataSets() {
		if (this.statistics != null) {
			this.statistics.setStatisticsEnabled(this.statisticsWereEnabled);
		}
		if (this.large != null) {
			this.generator.delete(this.large);
		}
		if (this.small != null) {
			this.generator.delete(this.small);
		}
	}

	@Test
	void everyPageTheApplicationMapsHasABudgetAndIsMeasured() {
		Set<String> routes = new TreeSet<>();
		this.handlerMappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.waymark") && isGet(mapping)) {
				mapping.getPatternValues().forEach((pattern) -> routes.add("GET " + pattern));
			}
		});
		assertThat(routes).as("GET routes the application maps").isNotEmpty();
		assertThat(BUDGETS.keySet()).as("routes with a statement budget in PageQueriesIT.BUDGETS")
			.containsExactlyInAnyOrderElementsOf(routes);
		assertThat(PAGES.stream().map(Page::route).distinct().toList()).as("routes measured by PageQueriesIT.PAGES")
			.containsExactlyInAnyOrderElementsOf(routes);
	}

	@Test
	void largeDataSetIsOverTwentyTimesTheSmallAndLongerInEveryListAPageShows() {
		assertThat(this.large.totalRows()).as("rows in the large data set")
			.isGreaterThanOrEqualTo(20 * this.small.totalRows());
		Subject small = subject("small", this.small);
		Subject large = subject("large", this.large);
		assertThat(large.periodIds()).as("reporting periods").hasSizeGreaterThan(small.periodIds().size());
		assertThat(count("select count(*) from improvement_programme where plan_id = ?", large.planId()))
			.as("programmes on the plan dashboard")
			.isGreaterThanOrEqualTo(
					5 * count("select count(*) from improvement_programme where plan_id = ?", small.planId()));
		String actions = "select count(*) from action a join objective o on o.id = a.objective_id"
				+ " join action_plan ap on ap.id = o.action_plan_id where ap.programme_id = ?";
		assertThat(count(actions, large.programmeId())).as("actions on the programme page")
			.isGreaterThanOrEqualTo(10 * count(actions, small.programmeId()));
		String measureRows = "select count(*) from report_measure_row where report_id = ?";
		assertThat(count(measureRows, large.reportId())).as("rows of the report's measures table")
			.isGreaterThanOrEqualTo(5 * count(measureRows, small.reportId()));
	}

	@Test
	void everyPageRunsTheSameStatementsOnTwentyTimesTheDataWithinItsBudget() throws Exception {
		Subject small = subject("small", this.small);
		Subject large = subject("large", this.large);
		Subject demo = demo();
		Authentication admin = signedIn(this.small.adminUsername());
		SoftAssertions softly = new SoftAssertions();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "%-24s %-16s %6s %6s %6s %6s", "Page", "Route", "Budget", "Demo", "Small",
				"20x"));
		for (Page page : PAGES) {
			Budget budget = BUDGETS.get(page.route());
			Measurement onDemo = measure(page, demo, admin);
			Measurement onSmall = measure(page, small, admin);
			Measurement onLarge = measure(page, large, admin);
			lines.add(String.format(Locale.ROOT, "%-24s %-16s %6d %6d %6d %6d", page.name(), page.route().substring(4),
					budget.statements(), onDemo.statements(), onSmall.statements(), onLarge.statements()));
			softly.assertThat(onLarge.statements())
				.as("%s: statements on 20x the data (%s) against the small data set (%s)", page.name(), onLarge.url(),
						onSmall.url())
				.isEqualTo(onSmall.statements());
			for (Measurement measurement : List.of(onDemo, onSmall, onLarge)) {
				softly.assertThat(measurement.statements())
					.as("%s (%s): statements for %s, budget of '%s'", page.name(), measurement.url(),
							measurement.subject(), budget.description())
					.isLessThanOrEqualTo(budget.statements());
			}
			if (page.listsGrow()) {
				softly.assertThat(onLarge.tableRows())
					.as("%s: table rows shown for 20x the data against the small data set", page.name())
					.isGreaterThan(onSmall.tableRows());
			}
		}
		logger.info("SQL statements per page:\n{}", String.join("\n", lines));
		softly.assertAll();
	}

	private Measurement measure(Page page, Subject subject, Authentication admin) throws Exception {
		String url = page.url().apply(subject);
		if (page.asActivePlan()) {
			return asTheActivePlan(subject.planId(), () -> request(page, subject, url, admin));
		}
		return request(page, subject, url, admin);
	}

	private Measurement request(Page page, Subject subject, String url, Authentication admin) throws Exception {
		this.statistics.clear();
		MvcResult result = this.mvc.perform(page.signedIn() ? get(url).with(authentication(admin)) : get(url))
			.andReturn();
		long statements = this.statistics.getPrepareStatementCount();
		assertThat(result.getResponse().getStatus()).as("status of %s for %s", url, subject.name()).isEqualTo(200);
		String contentType = result.getResponse().getContentType();
		if (contentType == null || !contentType.startsWith("text/html")) {
			// A file download: measured the same way, and it must be the file, whole.
			assertThat(result.getResponse().getHeader("Content-Disposition")).as("%s is a download", url)
				.startsWith("attachment;");
			long length = result.getResponse().getContentAsByteArray().length;
			assertThat(length).as("bytes of %s", url).isPositive();
			// A file written as it is read (the audit log's CSV) has no length to check.
			if (result.getResponse().containsHeader("Content-Length")) {
				assertThat(length).as("bytes of %s", url).isEqualTo(result.getResponse().getContentLengthLong());
			}
			return new Measurement(subject.name(), url, statements, 0);
		}
		String html = result.getResponse().getContentAsString();
		Matcher rows = TABLE_ROW.matcher(html);
		int tableRows = 0;
		while (rows.find()) {
			tableRows++;
		}
		return new Measurement(subject.name(), url, statements, tableRows);
	}

	/**
	 * Makes the plan the one the home page shows by default (the active plan) while the
	 * page is measured, then puts every plan's status back.
	 */
	private Measurement asTheActivePlan(long planId, PageRequest request) throws Exception {
		List<Long> active = this.jdbc.queryForList("select id from plan where status = 'ACTIVE'", Long.class);
		String status = this.jdbc.queryForObject("select status from plan where id = ?", String.class, planId);
		this.jdbc.update("update plan set status = 'DRAFT' where status = 'ACTIVE'");
		this.jdbc.update("update plan set status = 'ACTIVE' where id = ?", planId);
		try {
			return request.perform();
		}
		finally {
			this.jdbc.update("update plan set status = ? where id = ?", status, planId);
			for (long id : active) {
				this.jdbc.update("update plan set status = 'ACTIVE' where id = ?", id);
			}
		}
	}

	/**
	 * The entities measured in a generated plan: its first programme, and that
	 * programme's latest report whose previous quarter was reported too (so both data
	 * sets take the same path through the trend lookup).
	 */
	private Subject subject(String name, Installation installation) {
		GeneratedPlan plan = installation.plans().get(0);
		// A draft whose previous quarter was published, so that both data sets take the
		// same path through the trend and "what you said you would do" lookups.
		long previousPeriodId = plan.periodIds().get(plan.periodIds().size() - 2);
		long draftReportId = this.jdbc.queryForObject("""
				select r.id from highlight_report r join improvement_programme p on p.id = r.programme_id
				where p.plan_id = ? and r.state = 'DRAFT' and exists (select 1 from highlight_report q
				  where q.programme_id = r.programme_id and q.reporting_period_id = ? and q.state = 'PUBLISHED')
				order by p.number, r.id limit 1""", Long.class, plan.id(), previousPeriodId);
		long caseStudyId = caseStudiesWithFiles(draftReportId, (installation == this.large) ? 20 : 1);
		for (int period = plan.periodIds().size() - 1; period > 0; period--) {
			if (plan.publishedReport(0, period).isPresent() && plan.publishedReport(0, period - 1).isPresent()) {
				return new Subject(name, plan.id(), plan.periodIds(), plan.programmeIds().get(0),
						plan.publishedReport(0, period).get(), draftReportId, draftReportId, caseStudyId,
						this.reportsWithHistory.get(installation.tag()), actionPlanOf(plan.programmeIds().get(0)),
						firstRecommendation(plan.id()), firstMeasure(plan.programmeIds().get(0)),
						actionPlanIds(plan.programmeIds().get(0)), riskWithHistory(plan.id()),
						firstMitigation(plan.id()), plan.periodIds().get(period),
						draftSummary(installation, plan.periodIds().get(1)),
						deliveryGroupOf(plan.programmeIds().get(0)));
			}
		}
		throw new IllegalStateException(name + ": programme 1 has no two consecutive published reports");
	}

	/**
	 * The generator writes no audit trail, so a report with a history is made the way the
	 * business manager makes one: a correction of a published report of the plan's second
	 * programme (the subjects are the first's), saved section by section and published.
	 */
	private long reportWithHistory(Installation installation, int saves) {
		GeneratedPlan plan = installation.plans().get(0);
		long published = IntStream.range(0, plan.periodIds().size())
			.mapToObj((period) -> plan.publishedReport(1, period))
			.flatMap(Optional::stream)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(installation.tag() + ": programme 2 has no published report"));
		Authentication admin = signedIn(installation.adminUsername());
		SecurityContextHolder.getContext().setAuthentication(admin);
		try {
			long version = this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class,
					published);
			long correction = this.review.startCorrection(published, version, "Measured by PageQueriesIT", admin);
			SectionType[] types = SectionType.values();
			for (int save = 1; save <= saves; save++) {
				SectionType type = types[save % types.length];
				this.drafting.saveSection(correction, type, "Saved " + save + " times", false,
						this.drafting.sectionDraft(correction, type, admin).fingerprint(), admin);
			}
			// Published, so that no draft of the second programme can become a subject's
			// draft.
			long finished = this.jdbc.queryForObject("select version from highlight_report where id = ?", Long.class,
					correction);
			assertThat(this.review.publish(correction, finished, admin)).as("problems publishing the correction")
				.isEmpty();
			return correction;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * A draft executive summary of a generated plan's quarter, drafted from its reports
	 * the way the business manager drafts one (once: the generator deletes it with the
	 * plan). Answers the quarter's id.
	 */
	private long draftSummary(Installation installation, long periodId) {
		List<Map<String, Object>> latest = this.jdbc
			.queryForList("select revision, version, state from executive_summary where reporting_period_id = ?"
					+ " order by revision desc limit 1", periodId);
		if (latest.isEmpty() || "PUBLISHED".equals(latest.get(0).get("state"))) {
			long planId = this.jdbc.queryForObject("select plan_id from reporting_period where id = ?", Long.class,
					periodId);
			int revision = latest.isEmpty() ? 0 : ((Number) latest.get(0).get("revision")).intValue();
			long version = latest.isEmpty() ? 0 : ((Number) latest.get(0).get("version")).longValue();
			// A published summary (the generator publishes some) is drafted again as its
			// next revision, as the business manager would.
			this.summaries.generate(planId, periodId, revision, version, signedIn(installation.adminUsername()));
		}
		return periodId;
	}

	/** The demo plan: programme 6 has the action plan, programme 4 the longest report. */
	private Subject demo() {
		DemoFixtures fixtures = new DemoFixtures(this.jdbc, this.entityManager, this.transactions);
		long planId = this.jdbc.queryForObject("select id from plan where short_name = ?", Long.class,
				DemoFixtures.DEMO_PLAN);
		List<Long> periods = this.jdbc.queryForList(
				"select id from reporting_period where plan_id = ? order by financial_year, quarter", Long.class,
				planId);
		// The case study pages use the security matrix's case study sample, so that the
		// draft the other pages measure is left as other tests expect it.
		long caseStudyReportId = fixtures.draftReport(1, "Q2");
		long published = fixtures.reportId(4, 2017, "Q3");
		return new Subject("demo", planId, periods, fixtures.programmeId(6), published, fixtures.draftReport(1),
				caseStudyReportId, fixtures.caseStudyWithFile(caseStudyReportId), published,
				actionPlanOf(fixtures.programmeId(6)), firstRecommendation(planId),
				firstMeasure(fixtures.programmeId(5)), actionPlanIds(fixtures.programmeId(6)), riskWithHistory(planId),
				firstMitigation(planId), fixtures.periodId(2017, "Q3"), fixtures.draftSummaryPeriod(),
				deliveryGroupOf(fixtures.programmeId(6)));
	}

	/** The programme's delivery group, or any group if it has none (h-plans). */
	private long deliveryGroupOf(long programmeId) {
		return this.jdbc.queryForObject("select coalesce((select delivery_group_id from improvement_programme"
				+ " where id = ?), (select min(id) from delivery_group))", Long.class, programmeId);
	}

	/** The plan's first recommendation by source and number. */
	private long firstRecommendation(long planId) {
		return this.jdbc.queryForObject(
				"select id from recommendation where plan_id = ? order by source, number limit 1", Long.class, planId);
	}

	/**
	 * Gives a generated draft the number of case studies, each with a small file (once:
	 * the generator deletes them with the plan), and answers the first one's id.
	 */
	private long caseStudiesWithFiles(long reportId, int count) {
		long existing = count("select count(*) from case_study where report_id = ?", reportId);
		byte[] pdf = SampleFiles.pdf();
		for (long i = existing; i < count; i++) {
			Long attachmentId = this.jdbc.queryForObject(
					"insert into attachment (file_name, content_type, size_bytes,"
							+ " content) values (?, 'application/pdf', ?, ?) returning id",
					Long.class, "case-study-" + i + ".pdf", pdf.length, pdf);
			this.jdbc.update(
					"insert into case_study (report_id, title, summary, attachment_id, position)"
							+ " values (?, ?, ?, ?, ?)",
					reportId, "Case study " + i, "What changed for families.", attachmentId, (int) i);
		}
		return this.jdbc.queryForObject("select min(id) from case_study where report_id = ?", Long.class, reportId);
	}

	/** The programme's first action plan (the demo's 2018/19 plan for programme 6). */
	private long actionPlanOf(long programmeId) {
		return this.jdbc.queryForObject("select min(id) from action_plan where programme_id = ?", Long.class,
				programmeId);
	}

	/**
	 * The plan's first risk assessed more than once, with mitigations (h-register): the
	 * demo's ORG0009 has no mitigations, so its page takes the same path either way.
	 */
	private MitigationIds firstMitigation(long planId) {
		return this.jdbc.queryForObject(
				"select m.risk_id, m.id from risk_mitigation m join risk r on r.id = m.risk_id where r.plan_id = ?"
						+ " order by m.id fetch first 1 rows only",
				(row, number) -> new MitigationIds(row.getLong(1), row.getLong(2)), planId);
	}

	/** A risk's mitigation, for the mitigation forms. */
	private record MitigationIds(long riskId, long mitigationId) {

		String path() {
			return "/risks/" + this.riskId + "/mitigations/" + this.mitigationId;
		}

	}

	private long riskWithHistory(long planId) {
		return this.jdbc.queryForObject(
				"select min(r.id) from risk r where r.plan_id = ?"
						+ " and (select count(*) from risk_assessment a where a.risk_id = r.id) > 1",
				Long.class, planId);
	}

	/** The programme's first measure (h-measure). */
	private long firstMeasure(long programmeId) {
		return this.jdbc.queryForObject("select min(id) from measure where programme_id = ?", Long.class, programmeId);
	}

	private Authentication signedIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

	private static boolean isGet(RequestMappingInfo mapping) {
		Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	private static Map<String, Budget> budgets(Budget... budgets) {
		Map<String, Budget> byRoute = new LinkedHashMap<>();
		for (Budget budget : budgets) {
			byRoute.put(budget.route(), budget);
		}
		return byRoute;
	}

	/** The most statements a route's page may run. */
	private record Budget(String route, String description, int statements) {
	}

	/**
	 * A page to measure: a route, and how to open it for a subject's entity.
	 *
	 * @param asActivePlan whether the page shows the active plan, so the subject's plan
	 * must be made the active one while it is measured
	 * @param listsGrow whether the page's tables must show more rows for the large data
	 * set (forms and pages listing every plan's returns do not depend on the subject)
	 */
	private record Page(String route, String name, boolean signedIn, boolean asActivePlan, boolean listsGrow,
			Function<Subject, String> url) {

		/**
		 * A page whose tables show more rows on more data, as most signed-in pages do.
		 */
		Page(String route, String name, boolean signedIn, boolean asActivePlan, Function<Subject, String> url) {
			this(route, name, signedIn, asActivePlan, signedIn, url);
		}

	}

	/**
	 * Equivalent entities of one data set: a published report, a draft (for the pages
	 * that write one), a case study with a file on a draft, and a report with a history
	 * of saves; {@code reportPeriodId} is the closed quarter of the published report,
	 * with a published executive summary (the committee pack's pages).
	 */
	private record Subject(String name, long planId, List<Long> periodIds, long programmeId, long reportId,
			long draftReportId, long caseStudyReportId, long caseStudyId, long historyReportId, long actionPlanId,
			long recommendationId, long measureId, ActionPlanIds plan, long riskId, MitigationIds mitigation,
			long reportPeriodId, long summaryPeriodId, long deliveryGroupId) {

		String summaryPath() {
			return "/plans/" + this.planId + "/quarters/" + this.summaryPeriodId + "/summary";
		}

	}

	/**
	 * A programme's latest action plan, its first objective that has a sub-objective,
	 * that sub-objective, and the plan's first action (action plans, issue 5).
	 */
	private record ActionPlanIds(long planId, long objectiveId, long subObjectiveId, long actionId) {

		String objectivePath() {
			return "/action-plans/" + this.planId + "/objectives/" + this.objectiveId;
		}

	}

	/**
	 * The ids of a programme's latest action plan; its first objective is given a
	 * sub-objective if none of the plan's has one (the generator makes few for small
	 * plans; its delete removes it with the plan).
	 */
	private ActionPlanIds actionPlanIds(long programmeId) {
		long planId = this.jdbc.queryForObject(
				"select id from action_plan where programme_id = ? order by financial_year desc limit 1", Long.class,
				programmeId);
		this.jdbc.update("insert into sub_objective (objective_id, letter, title, position)"
				+ " select min(o.id), 'A', 'Measured by PageQueriesIT', 0 from objective o where o.action_plan_id = ?"
				+ " having not exists (select 1 from sub_objective s join objective p on p.id = s.objective_id"
				+ " where p.action_plan_id = ?)", planId, planId);
		long objectiveId = this.jdbc.queryForObject(
				"select min(o.id) from objective o where o.action_plan_id = ?"
						+ " and exists (select 1 from sub_objective s where s.objective_id = o.id)",
				Long.class, planId);
		long subObjectiveId = this.jdbc.queryForObject("select min(id) from sub_objective where objective_id = ?",
				Long.class, objectiveId);
		long actionId = this.jdbc.queryForObject("select min(a.id) from action a join objective o"
				+ " on o.id = a.objective_id where o.action_plan_id = ?", Long.class, planId);
		return new ActionPlanIds(planId, objectiveId, subObjectiveId, actionId);
	}

	private record Measurement(String subject, String url, long statements, int tableRows) {
	}

	@FunctionalInterface
	private interface PageRequest {

		Measurement perform() throws Exception;

	}

}
