package org.waymark.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.waymark.browser.Browser.Journey;
import org.waymark.support.DemoFixtures;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A lead's first contact with Waymark, in Chromium, as the issue tells it: they create
 * their programme's action plan, download the action template from the import page, fill
 * in a few rows in a spreadsheet tool (LibreOffice, headless: it turns the template into
 * CSV, the rows are written, and it saves them back as XLSX), upload it with one bad row,
 * see the row's error naming the column, fix it, confirm; then export the plan and import
 * the export again, which reports no change on any row.
 * <p>
 * Needs LibreOffice ({@code soffice}) as well as Chromium: skipped with a message without
 * it, failed for want of it on CI, like the other browser tests. It writes its own action
 * plan (programme 1, the plan's first year), removed afterwards.
 */
@BrowserTest
class ActionPlanImportJourneyIT {

	private static final Path SOFFICE = Path.of(System.getProperty("waymark.soffice", "/usr/bin/soffice"));

	private static final AccessibilityAllowList allowList = AccessibilityAllowList.load();

	@TempDir
	Path directory;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	private long programme;

	@BeforeEach
	void libreOfficeIsThere() {
		if (!Files.isExecutable(SOFFICE)) {
			String problem = SOFFICE + " (LibreOffice) is not installed.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(problem + " CI=true, so this is a failure, not a skip.");
			}
			Assumptions.abort(problem + " Skipping the import journey; on CI (CI=true) it fails.");
		}
		this.programme = this.jdbc
			.queryForObject("select p.id from improvement_programme p join plan on plan.id = p.plan_id"
					+ " where plan.short_name = ? and p.number = 1", Long.class, DemoFixtures.DEMO_PLAN);
	}

	@AfterEach
	void removeThePlanMade() {
		List<Long> plans = this.jdbc.queryForList(
				"select id from action_plan where programme_id = ? and title = 'Journey action plan'", Long.class,
				this.programme);
		for (long plan : plans) {
			String actions = "select a.id from action a join objective o on o.id = a.objective_id where o.action_plan_id = ?";
			this.jdbc.update("delete from action_recommendation where action_id in (" + actions + ")", plan);
			this.jdbc.update("delete from action_deadline_part where action_id in (" + actions + ")", plan);
			this.jdbc.update("delete from action_measure where action_id in (" + actions + ")", plan);
			this.jdbc.update(
					"delete from action where objective_id in (select id from objective where action_plan_id = ?)",
					plan);
			this.jdbc.update(
					"delete from sub_objective where objective_id in (select id from objective where action_plan_id = ?)",
					plan);
			this.jdbc.update("delete from objective where action_plan_id = ?", plan);
			this.jdbc.update("delete from action_plan where id = ?", plan);
		}
	}

	@Test
	void leadImportsTheirFirstActionsFromTheTemplateAndAnExportReimportsUnchanged(Browser browser) throws Exception {
		Journey journey = browser.journey("action-plan-import");
		browser.signIn(DemoUser.LEAD);
		browser.open("/programmes/" + this.programme + "/action-plans/new");
		browser.find("#title").clear();
		browser.find("#title").sendKeys("Journey action plan");
		browser.click("main form button[type=submit]");
		assertThat(browser.path()).matches("/action-plans/\\d+");
		long plan = Long.parseLong(browser.path().substring("/action-plans/".length()));
		journey.page("plan-created");

		browser.click("main a[href$='/action-plans/" + plan + "/import']");
		assertThat(browser.path()).isEqualTo("/action-plans/" + plan + "/import");
		scan(browser, "import page");
		journey.page("import-page");

		Path template = download(browser, "/action-plans/template.xlsx", "action-plan-template.xlsx");
		List<String> templateLines = Files.readAllLines(convert(template, "csv:Text - txt - csv (StarCalc):44,34,76"),
				StandardCharsets.UTF_8);
		String headings = templateLines.get(0);
		assertThat(headings).startsWith("Action ID,Objective number,Objective title");

		// The person types three rows under the headings, one with a BRAG rating the
		// plan does not know.
		String good1 = ",1,Strengthen early help,Head of Early Help,,,,,Run a practice week for early help staff,"
				+ "Early Help Manager,30th June 2031,Green,,More families helped early";
		String good2 = ",1,,,,,,,Publish the early help offer,Early Help Manager,"
				+ "\"a) 31st May 2031 b) 30th September 2031\",,,";
		String bad = ",2,Listen to children,Participation Lead,,,,,Survey children about their plans,"
				+ "Participation Lead,Incremental during 2031/32,Purple,,";
		Path filled = spreadsheet("filled.csv", headings, good1, good2, bad);

		browser.find("#file").sendKeys(filled.toString());
		browser.click("main form[enctype] button[type=submit]");
		assertThat(outcomes(browser)).containsExactly("New", "New", "Error");
		assertThat(browser.find("#row-4").getText()).contains("BRAG", "Purple");
		assertThat(browser.find(".govuk-error-summary").getText()).contains("Row 4, BRAG");
		assertThat(browser.findAll("form[action$='/import/confirm']")).as("no confirming with errors").isEmpty();
		assertThat(actionsOf(plan)).as("nothing saved").isZero();
		scan(browser, "import preview with an error");
		journey.page("preview-bad-row");

		Path fixed = spreadsheet("fixed.csv", headings, good1, good2, bad.replace(",Purple,", ",Amber,"));
		browser.click("main a[href$='/import']");
		browser.find("#file").sendKeys(fixed.toString());
		browser.click("main form[enctype] button[type=submit]");
		assertThat(outcomes(browser)).containsExactly("New", "New", "New");
		scan(browser, "import preview ready to confirm");
		journey.page("preview-fixed");
		browser.click("main form[action$='/import/confirm'] button[type=submit]");
		assertThat(browser.find(".govuk-notification-banner").getText()).contains("Imported: 3 new, 0 changed");
		assertThat(actionsOf(plan)).isEqualTo(3);
		journey.page("imported");

		browser.open("/action-plans/" + plan);
		assertThat(browser.find("main").getText()).contains("Run a practice week for early help staff",
				"Publish the early help offer", "Survey children about their plans", "Amber");
		journey.page("plan-with-imported-actions");

		Path export = download(browser, "/action-plans/" + plan + "/export.xlsx", "exported.xlsx");
		browser.open("/action-plans/" + plan + "/import");
		browser.find("#file").sendKeys(export.toString());
		browser.click("main form[enctype] button[type=submit]");
		assertThat(outcomes(browser)).containsExactly("No change", "No change", "No change");
		journey.page("export-reimported-no-change");

		assertThat(this.problems).as("accessibility problems:%n%s", String.join("\n", this.problems)).isEmpty();
	}

	/** What the signed-in browser would download from the address. */
	private Path download(Browser browser, String address, String name) throws IOException, InterruptedException {
		Cookie session = browser.sessionCookie();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + address))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(address).isEqualTo(200);
		return Files.write(this.directory.resolve(name), response.body());
	}

	/**
	 * The rows as the person typed them, saved by LibreOffice as the XLSX they upload.
	 */
	private Path spreadsheet(String name, String... lines) throws IOException, InterruptedException {
		Path typed = Files.createDirectories(this.directory.resolve("typed")).resolve(name);
		Files.writeString(typed, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return convert(typed, "xlsx");
	}

	private Path convert(Path file, String filter) throws IOException, InterruptedException {
		Path out = Files.createDirectories(this.directory.resolve("converted"));
		List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
				"-env:UserInstallation=" + this.directory.resolve("profile").toUri(), "--convert-to", filter));
		if (file.toString().endsWith(".csv")) {
			command.add("--infilter=CSV:44,34,76");
		}
		command.addAll(List.of("--outdir", out.toString(), file.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("LibreOffice took over three minutes to convert " + file.getFileName());
		}
		String fileName = file.getFileName().toString();
		String extension = filter.startsWith("csv") ? "csv" : filter;
		Path converted = out.resolve(fileName.substring(0, fileName.lastIndexOf('.')) + "." + extension);
		assertThat(converted).as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).exists();
		return converted;
	}

	private static List<String> outcomes(Browser browser) {
		return browser.findAll("tr[id^=row-] .govuk-tag").stream().map((tag) -> tag.getText()).toList();
	}

	private long actionsOf(long plan) {
		return this.jdbc.queryForObject(
				"select count(*) from action a join objective o on o.id = a.objective_id where o.action_plan_id = ?",
				Long.class, plan);
	}

	private void scan(Browser browser, String page) {
		this.problems.addAll(allowList.problemsOn(browser, page));
	}

}
