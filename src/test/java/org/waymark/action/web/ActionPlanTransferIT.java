package org.waymark.action.web;

import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.shared.PendingImport;
import org.waymark.support.DemoFixtures;
import org.waymark.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Action plans out to spreadsheets and back, on PostgreSQL with the demo data: the demo
 * Programme 6 plan for 2018/19 (28 actions, FINAL) round-trips with no change, and a
 * DRAFT plan of Programme 6 for 2031 that each test makes empty (and removes) takes the
 * imports that write. No demo lead leads Programme 6, so the admin imports and the demo
 * leads are those refused.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ActionPlanTransferIT {

	private static final String ADMIN = "admin@example.org";

	private static final int OWN_YEAR = 2031;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	private long demoPlan;

	private long ownPlan;

	@BeforeEach
	void plans() {
		long programme6 = new DemoFixtures(this.jdbc, this.entityManager, this.transactions).programmeId(6);
		this.demoPlan = this.jdbc.queryForObject(
				"select id from action_plan where programme_id = ? and financial_year = 2018", Long.class, programme6);
		this.ownPlan = this.jdbc.queryForObject(
				"insert into action_plan (programme_id, financial_year, title, status)"
						+ " values (?, ?, 'Transfer test plan', 'DRAFT') returning id",
				Long.class, programme6, OWN_YEAR);
	}

	@AfterEach
	void removeOwnPlan() {
		String actions = "select a.id from action a join objective o on o.id = a.objective_id where o.action_plan_id = ?";
		this.jdbc.update("delete from action_recommendation where action_id in (" + actions + ")", this.ownPlan);
		this.jdbc.update("delete from action_deadline_part where action_id in (" + actions + ")", this.ownPlan);
		this.jdbc.update("delete from action where id in (" + actions + ")", this.ownPlan);
		this.jdbc.update("delete from sub_objective where objective_id in"
				+ " (select id from objective where action_plan_id = ?)", this.ownPlan);
		this.jdbc.update("delete from objective where action_plan_id = ?", this.ownPlan);
		this.jdbc.update("delete from action_plan where id = ?", this.ownPlan);
	}

	@Test
	void theDemoPlanExportedAsXlsxReimportsWithNoChangeAndConfirmingChangesNothing() throws Exception {
		roundTrip("xlsx");
	}

	@Test
	void theDemoPlanExportedAsCsvReimportsWithNoChangeAndConfirmingChangesNothing() throws Exception {
		roundTrip("csv");
	}

	@Test
	void aTemplateFilledInWithOneBadRowShowsItsErrorAndSavesNothingThenTheFixedFileImports() throws Exception {
		byte[] template = download(ADMIN, "/action-plans/template.xlsx").getContentAsByteArray();
		byte[] withBadRow = addRow(template, "", "1", "", "", "", "", "", "", "Hold a practice week", "Head of Service",
				"30th June 2031", "Purple", "", "");
		MockHttpSession session = new MockHttpSession();

		Document preview = page(upload(ADMIN, this.ownPlan, "filled.xlsx", withBadRow, session));

		assertThat(outcomes(preview)).containsExactly("New", "New", "Error");
		assertThat(preview.select("#row-4").text()).contains("BRAG")
			.contains("\u201CPurple\u201D is not a BRAG rating");
		assertThat(preview.select(".govuk-error-summary").text()).contains("Row 4, BRAG");
		assertThat(preview.select("form[action$=/import/confirm]")).as("no confirming with errors").isEmpty();
		assertThat(confirm(ADMIN, this.ownPlan, session).getStatus()).as("confirming anyway shows the errors again")
			.isEqualTo(200);
		assertThat(actionsOf(this.ownPlan)).as("nothing saved").isZero();

		byte[] fixed = addRow(template, "", "1", "", "", "", "", "", "", "Hold a practice week", "Head of Service",
				"30th June 2031", "Amber", "", "");
		preview = page(upload(ADMIN, this.ownPlan, "fixed.xlsx", fixed, session));
		assertThat(outcomes(preview)).containsExactly("New", "New", "New");
		MockHttpServletResponse confirmed = confirm(ADMIN, this.ownPlan, session);

		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/action-plans/" + this.ownPlan + "/import");
		assertThat(actionsOf(this.ownPlan)).isEqualTo(3);
		Document done = page(this.mvc
			.perform(get(confirmed.getRedirectedUrl()).flashAttr("imported", new long[] { 3, 0, 0 })
				.with(user(this.users.loadUserByUsername(ADMIN))))
			.andReturn()
			.getResponse());
		assertThat(done.select(".govuk-notification-banner").text()).contains("Imported: 3 new, 0 changed");
		assertThat(this.jdbc.queryForList("select number from objective where action_plan_id = ? order by position",
				Integer.class, this.ownPlan))
			.containsExactly(1, 4);
		Map<String, Object> practiceWeek = this.jdbc
			.queryForMap(
					"select a.brag, a.deadline, a.position from action a where a.description = 'Hold a practice week'"
							+ " and a.objective_id in (select id from objective where action_plan_id = ?)",
					this.ownPlan);
		assertThat(practiceWeek).containsEntry("brag", "AMBER").containsEntry("position", 1);
		assertThat(practiceWeek.get("deadline").toString()).isEqualTo("2031-06-30");
		assertThat(this.jdbc.queryForObject("select count(*) from action_recommendation where action_id in"
				+ " (select a.id from action a join objective o on o.id = a.objective_id where o.action_plan_id = ?)",
				Long.class, this.ownPlan))
			.as("Ofsted 2017: 2, 3 linked")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from action_deadline_part where action_id in"
				+ " (select a.id from action a join objective o on o.id = a.objective_id where o.action_plan_id = ?)",
				Long.class, this.ownPlan))
			.as("a) and b) of the sub-objective's action")
			.isEqualTo(2);

		byte[] exported = download(ADMIN, "/action-plans/" + this.ownPlan + "/export.csv").getContentAsByteArray();
		assertThat(outcomes(page(upload(ADMIN, this.ownPlan, "again.csv", exported, new MockHttpSession()))))
			.containsOnly("No change")
			.hasSize(3);
	}

	@Test
	void eachKindOfBadRowIsAnErrorNamingItsColumnAndNothingIsSaved() throws Exception {
		long objective = this.jdbc.queryForObject("insert into objective (action_plan_id, number, title, position)"
				+ " values (?, 1, 'Own objective', 0) returning id", Long.class, this.ownPlan);
		long otherPlansAction = this.jdbc.queryForObject("insert into action (objective_id, position, description,"
				+ " version) values (?, 0, 'Own action', 0) returning id", Long.class, objective);
		List<Long> demoActions = this.jdbc.queryForList(
				"select a.id from action a join objective o on"
						+ " o.id = a.objective_id where o.action_plan_id = ? order by o.position, a.position",
				Long.class, this.demoPlan);
		long inObjective1 = demoActions.get(0);
		String csv = String.join("\n", "Action ID,Objective number,Action,Deadline,BRAG,Recommendations",
				inObjective1 + ",1,Review senior management structure,31st March 2019,Purple,",
				"987654321,1,Unknown id,,,", otherPlansAction + ",1,From another plan,,,",
				",1,A bad date,31st June 2018,,", ",1,,31st March 2019,,", demoActions.get(27) + ",1,Moved,,,",
				",1,Unknown recommendation,,,Ofsted 2017: 14", ",x,Not a number,,,", ",9,A new objective untitled,,,");
		long versionsBefore = versions(this.demoPlan);

		Document preview = page(
				upload(ADMIN, this.demoPlan, "bad.csv", csv.getBytes(StandardCharsets.UTF_8), new MockHttpSession()));

		assertThat(outcomes(preview)).containsOnly("Error").hasSize(9);
		assertThat(cell(preview, 2)).contains("BRAG").contains("Purple");
		assertThat(cell(preview, 3)).contains("Action ID").contains("no action 987654321 in this action plan");
		assertThat(cell(preview, 4)).contains("Action ID").contains("no action " + otherPlansAction);
		assertThat(cell(preview, 5)).contains("Deadline").contains("\"31st June 2018\" is not a real date");
		assertThat(cell(preview, 6)).contains("Action").contains("Enter the action");
		assertThat(cell(preview, 7)).contains("Objective number")
			.contains("cannot move an action to another objective");
		assertThat(cell(preview, 8)).contains("Recommendations").contains("Ofsted 2017 has no recommendation");
		assertThat(cell(preview, 9)).contains("Objective number").contains("\u201Cx\u201D is not an objective number");
		assertThat(cell(preview, 10)).contains("Objective title").contains("Enter the title of objective 9");
		assertThat(versions(this.demoPlan)).isEqualTo(versionsBefore);
	}

	@Test
	void aFileWithoutARequiredColumnOrOfTheWrongTypeIsRefusedOnTheUploadPage() throws Exception {
		Document missing = page(upload(ADMIN, this.ownPlan, "plan.csv",
				"Objective number,Deadline\n1,x\n".getBytes(StandardCharsets.UTF_8), new MockHttpSession()));
		Document picture = page(upload(ADMIN, this.ownPlan, "plan.xlsx",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' },
				new MockHttpSession()));

		assertThat(missing.select(".govuk-error-summary").text()).contains("must have the columns \u201CAction\u201D");
		assertThat(picture.select(".govuk-error-summary").text()).contains("must be an XLSX or CSV spreadsheet");
	}

	@Test
	void confirmingAfterThePlanChangedShowsTheNewPreviewAndWritesNothing() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String csv = "Objective number,Objective title,Action\n1,Own objective,First action\n";
		page(upload(ADMIN, this.ownPlan, "plan.csv", csv.getBytes(StandardCharsets.UTF_8), session));
		this.jdbc.update("insert into objective (action_plan_id, number, title, position)"
				+ " values (?, 1, 'Someone else''s objective', 0)", this.ownPlan);

		MockHttpServletResponse answer = confirm(ADMIN, this.ownPlan, session);

		assertThat(answer.getStatus()).isEqualTo(200);
		Document page = page(answer);
		assertThat(page.select(".govuk-notification-banner").text()).contains("The data changed after you uploaded");
		assertThat(outcomes(page)).containsExactly("New");
		assertThat(cell(page, 2)).contains("Changes: Objective title");
		assertThat(actionsOf(this.ownPlan)).isZero();
	}

	@Test
	void aConfirmationWithoutItsUploadAsksForTheFileAgain() throws Exception {
		MockHttpServletResponse answer = this.mvc
			.perform(post("/action-plans/" + this.ownPlan + "/import/confirm").param("token", "stale")
				.with(user(this.users.loadUserByUsername(ADMIN)))
				.with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(page(answer).select(".govuk-error-summary").text()).contains("upload the file again");
	}

	@Test
	void onlyTheProgrammesLeadsAndAdminsImport() throws Exception {
		String address = "/action-plans/" + this.demoPlan + "/import";
		for (String refused : List.of("lead@example.org", "lead7@example.org", "executive@example.org",
				"scrutiny@example.org")) {
			assertThat(this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(refused))))
				.andReturn()
				.getResponse()
				.getStatus()).as(refused).isEqualTo(403);
			assertThat(upload(refused, this.demoPlan, "plan.csv",
					"Objective number,Action\n1,x\n".getBytes(StandardCharsets.UTF_8), new MockHttpSession())
				.getStatus()).as(refused).isEqualTo(403);
		}
		assertThat(this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(ADMIN))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get(address)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void everyoneReadsAFinalPlansExportAndScrutinyNeverADraft() throws Exception {
		for (String reader : List.of(ADMIN, "lead7@example.org", "executive@example.org", "scrutiny@example.org")) {
			assertThat(download(reader, "/action-plans/" + this.demoPlan + "/export.xlsx").getStatus()).as(reader)
				.isEqualTo(200);
		}
		assertThat(download("scrutiny@example.org", "/action-plans/" + this.ownPlan + "/export.csv").getStatus())
			.isEqualTo(403);
		// A draft plan is read, and so exported, by everyone but scrutiny.
		assertThat(download("lead7@example.org", "/action-plans/" + this.ownPlan + "/export.csv").getStatus())
			.isEqualTo(200);
		assertThat(download("executive@example.org", "/action-plans/" + this.ownPlan + "/export.csv").getStatus())
			.isEqualTo(200);
		assertThat(download(ADMIN, "/action-plans/987654321/export.csv").getStatus()).isEqualTo(404);
	}

	private void roundTrip(String extension) throws Exception {
		MockHttpServletResponse export = download(ADMIN, "/action-plans/" + this.demoPlan + "/export." + extension);
		assertThat(export.getStatus()).isEqualTo(200);
		assertThat(export.getHeader("Content-Disposition")).contains("action-plan-programme-6-2018-19." + extension);
		long versionsBefore = versions(this.demoPlan);
		long auditBefore = this.jdbc.queryForObject("select count(*) from action_aud", Long.class);
		MockHttpSession session = new MockHttpSession();

		Document preview = page(
				upload(ADMIN, this.demoPlan, "plan." + extension, export.getContentAsByteArray(), session));

		assertThat(outcomes(preview)).hasSize(28).containsOnly("No change");
		assertThat(preview.text()).contains("Nothing to import");
		MockHttpServletResponse confirmed = confirm(ADMIN, this.demoPlan, session);
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/action-plans/" + this.demoPlan + "/import");
		assertThat(versions(this.demoPlan)).isEqualTo(versionsBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from action_aud", Long.class)).isEqualTo(auditBefore);
	}

	private MockHttpServletResponse download(String username, String address) throws Exception {
		return this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse upload(String username, long plan, String name, byte[] content,
			MockHttpSession session) throws Exception {
		return this.mvc
			.perform(multipart("/action-plans/" + plan + "/import")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.session(session)
				.with(user(this.users.loadUserByUsername(username)))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	/**
	 * Confirms the upload the session holds, with its token, as the page's form would.
	 */
	private MockHttpServletResponse confirm(String username, long plan, MockHttpSession session) throws Exception {
		PendingImport pending = (PendingImport) session.getAttribute(ActionPlanTransferController.PENDING);
		return this.mvc
			.perform(post("/action-plans/" + plan + "/import/confirm").param("token", pending.token())
				.session(session)
				.with(user(this.users.loadUserByUsername(username)))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static Document page(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static List<String> outcomes(Document preview) {
		return preview.select("tr[id^=row-] .govuk-tag").stream().map(Element::text).toList();
	}

	private static String cell(Document preview, int row) {
		return preview.select("#row-" + row).text();
	}

	private long actionsOf(long plan) {
		return this.jdbc.queryForObject("select count(*) from action a join objective o on o.id = a.objective_id"
				+ " where o.action_plan_id = ?", Long.class, plan);
	}

	private long versions(long plan) {
		return this.jdbc.queryForObject("select coalesce(sum(a.version), 0) + count(*) from action a"
				+ " join objective o on o.id = a.objective_id where o.action_plan_id = ?", Long.class, plan);
	}

	private static byte[] addRow(byte[] workbook, String... values) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.getSheetAt(0);
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			for (int column = 0; column < values.length; column++) {
				row.createCell(column).setCellValue(values[column]);
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
