package org.waymark.benchmark;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.PlanSpan;
import org.waymark.plan.PlanStatus;
import org.waymark.plan.ReportingQuarter;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Writes a realistic Waymark installation straight into PostgreSQL, fast: rows are built
 * in memory from a seeded {@link Random} (the same seed and shape give the same data) and
 * inserted with JDBC batches table by table in foreign-key order, in one transaction. Ids
 * are taken from each table's own identity sequence, so the application keeps inserting
 * after them without clashing.
 * <p>
 * Every plan gets its reporting periods (all closed but the last, which is open), its
 * programmes with delivery groups, leads and a scrutiny champion, an action plan per
 * programme per year with objectives, sub-objectives, actions, dated deadline parts and
 * quarterly BRAG updates, measures with comparators and a value for every quarter, a
 * highlight report for every programme and quarter (published with all seven sections,
 * the measures table and sometimes case studies; drafts and submissions in the open
 * quarter; the odd exemption and correction), an executive summary per quarter, risks
 * with mitigations and assessments, and scrutiny tracker items.
 * <p>
 * Run {@link #main(String[])} to build the benchmark database (see
 * {@code src/benchmark/run.sh} and {@code docs/performance.md}); tests call
 * {@link #generate} on their own database.
 */
public final class LargeInstallationGenerator {

	/** Every generated account's password. */
	public static final String PASSWORD = "waymark-benchmark-1";

	private static final String[] PLAN_TITLES = { "Children & Young People's Plan", "Health and Wellbeing Strategy",
			"Community Safety Partnership Plan", "Adult Social Care Improvement Plan", "SEND Improvement Plan",
			"Early Help Strategy", "Corporate Parenting Strategy", "Domestic Abuse Strategy",
			"Skills and Employment Plan", "Safeguarding Adults Board Plan" };

	private static final String[] PROGRAMME_TITLES = {
			"Support families to be resilient and able to meet their children's needs",
			"Improve the emotional health and wellbeing of children and young people",
			"Help children and young people achieve the best possible educational outcomes",
			"Improve outcomes for children with special educational needs and disabilities",
			"Improve the health of children and young people, especially in the early years",
			"Improve outcomes for children who need social care, including children looked after",
			"Develop the children's workforce so that it is skilled, stable and well supported",
			"Reduce the harm caused by domestic abuse", "Prevent young people entering the youth justice system",
			"Keep children safe from exploitation and from going missing" };

	private static final String[] GROUP_NAMES = { "Early Help Strategic Commissioning Board",
			"Emotional Health and Wellbeing Group", "Learning and Achievement Board", "SEND Strategic Board",
			"Health Visiting and School Nursing Partnership", "Children's Social Care Improvement Board",
			"Workforce Development Board", "Domestic Abuse Board", "Youth Justice Management Board",
			"Missing and Exploitation Subgroup" };

	private static final String[] LOCALITIES = { "Mendip", "Sedgemoor", "South Somerset", "Taunton Deane",
			"West Somerset" };

	private static final String[] DATA_SOURCES = { "Liquid Logic", "Capita One", "NHS Digital", "Police Niche",
			"Public Health Outcomes Framework", "Department for Education SSDA903 return", "School census" };

	private static final String[] RAG = { "GREEN", "GREEN", "GREEN", "AMBER", "AMBER", "RED", "BLUE" };

	private static final String[] SECTION_TYPES = { "ACHIEVEMENTS", "SLIPPAGE", "NEXT_PERIOD", "RISKS", "ISSUES",
			"VARIANCES", "DECISIONS_REQUIRED" };

	/** How often (out of 100) each section is a nil return in a complete report. */
	private static final int[] SECTION_NIL_PERCENT = { 0, 25, 0, 20, 40, 60, 50 };

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final DataSource dataSource;

	private final long seed;

	public LargeInstallationGenerator(DataSource dataSource, long seed) {
		this.dataSource = dataSource;
		this.seed = seed;
	}

	/**
	 * How big an installation is. Counts are per plan and are spread as evenly as they go
	 * over the plan's programmes (and, for actions, over their yearly action plans).
	 *
	 * @param plans how many plans
	 * @param programmesPerPlan programmes in each plan
	 * @param years financial years each plan spans; four reporting periods a year
	 * @param actionsPerPlan actions across all the plan's action plans
	 * @param measuresPerPlan measures across the plan's programmes, each with a value per
	 * quarter
	 * @param risksPerPlan risks on the plan's registers, a tenth of them corporate
	 */
	public record Shape(int plans, int programmesPerPlan, int years, int actionsPerPlan, int measuresPerPlan,
			int risksPerPlan) {

		/**
		 * The benchmark installation of issue 3: 10 plans, 70 programmes, 12 quarters,
		 * 5,000 actions, 700 measures × 12 values, 500 risks.
		 */
		public static Shape benchmark() {
			return new Shape(10, 7, 3, 500, 70, 50);
		}

		/**
		 * About the size of the demo plan: 7 programmes over 12 quarters, 28 actions, 21
		 * measures, 8 risks (roughly 1,700 rows).
		 */
		public static Shape demoSized() {
			return new Shape(1, 7, 3, 28, 21, 8);
		}

		/**
		 * Over twenty times the rows of {@link #demoSized()} (about 39,000 against
		 * 1,700), grown in breadth and depth alike so that every list a page shows is
		 * longer: 5× the programmes on the plan dashboard, 16 quarters instead of 12, and
		 * per programme 16× the actions and over 5× the measures (so 5× the rows of each
		 * report's measures table).
		 */
		public static Shape twentyTimesDemo() {
			return new Shape(1, 35, 4, 2240, 560, 160);
		}

		/** The same plans, {@code factor} times over. */
		public Shape times(int factor) {
			return new Shape(this.plans * factor, this.programmesPerPlan, this.years, this.actionsPerPlan,
					this.measuresPerPlan, this.risksPerPlan);
		}

	}

	/**
	 * Writes an installation of the given shape in one transaction.
	 * @param tag names the plans ("tag-01"), delivery groups and accounts
	 * ("admin@tag.example.org"); must be unique in the database
	 * @param shape how big
	 * @param firstYear the first financial year of the earliest plans (later plans start
	 * up to two years later)
	 * @param planStatus the status every generated plan gets
	 * @return what was written
	 */
	public Installation generate(String tag, Shape shape, int firstYear, PlanStatus planStatus) {
		try (Connection connection = this.dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Installation installation = new Run(connection, tag, new Random(this.seed)).write(shape, firstYear,
						planStatus);
				connection.commit();
				return installation;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not generate installation '" + tag + "'", ex);
		}
	}

	/**
	 * Deletes everything {@link #generate} wrote for the installation, and anything the
	 * application has since added to its plans. Several foreign keys have no index on the
	 * referencing side (report_measure_row's values, for one), so each check scans its
	 * table, dead rows included: the referencing rows are deleted and vacuumed away
	 * first, which makes this one statement at a time rather than one transaction.
	 */
	public void delete(Installation installation) {
		String plans = ids(installation.plans().stream().map(Installation.GeneratedPlan::id).toList());
		String periods = "select id from reporting_period where plan_id in " + plans;
		String programmes = "select id from improvement_programme where plan_id in " + plans;
		String reports = "select id from highlight_report where reporting_period_id in (" + periods + ")";
		String risks = "select id from risk where plan_id in " + plans;
		String actions = "select a.id from action a join objective o on o.id = a.objective_id"
				+ " join action_plan ap on ap.id = o.action_plan_id where ap.programme_id in (" + programmes + ")";
		String measures = "select id from measure where programme_id in (" + programmes + ")";
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			try {
				List<Long> attachments = new ArrayList<>();
				try (ResultSet result = statement.executeQuery("select attachment_id from case_study"
						+ " where attachment_id is not null and report_id in (" + reports + ")")) {
					while (result.next()) {
						attachments.add(result.getLong(1));
					}
				}
				List<String> sql = new ArrayList<>(List.of("delete from work_programme_item where plan_id in " + plans,
						"delete from outcome_tracker_item where plan_id in " + plans,
						"delete from risk_assessment where risk_id in (" + risks + ")",
						"delete from risk_mitigation where risk_id in (" + risks + ")",
						"delete from risk where plan_id in " + plans,
						"delete from executive_summary_item where executive_summary_id in"
								+ " (select id from executive_summary where reporting_period_id in (" + periods + "))",
						"delete from executive_summary_status where executive_summary_id in"
								+ " (select id from executive_summary where reporting_period_id in (" + periods + "))",
						"delete from executive_summary where reporting_period_id in (" + periods + ")",
						"delete from report_exemption where reporting_period_id in (" + periods + ")",
						"delete from case_study where report_id in (" + reports + ")"));
				if (!attachments.isEmpty()) {
					sql.add("delete from attachment where id in " + ids(attachments));
				}
				sql.addAll(List.of("delete from report_measure_row where report_id in (" + reports + ")",
						"delete from report_section where report_id in (" + reports + ")",
						"delete from highlight_report where reporting_period_id in (" + periods + ")",
						"delete from action_measure where action_id in (" + actions + ")",
						"delete from action_recommendation where action_id in (" + actions + ")",
						"delete from action_update where action_id in (" + actions + ")",
						"delete from action_deadline_part where action_id in (" + actions + ")",
						"vacuum report_measure_row, action_measure", "delete from action where id in (" + actions + ")",
						"delete from sub_objective where objective_id in (select o.id from objective o"
								+ " join action_plan ap on ap.id = o.action_plan_id where ap.programme_id in ("
								+ programmes + "))",
						"delete from objective where action_plan_id in"
								+ " (select id from action_plan where programme_id in (" + programmes + "))",
						"delete from action_plan where programme_id in (" + programmes + ")",
						"delete from recommendation where plan_id in " + plans,
						"delete from measure_value where measure_id in (" + measures + ")",
						"delete from measure_comparator where measure_id in (" + measures + ")",
						"delete from measure where programme_id in (" + programmes + ")",
						"delete from champion_link where programme_id in (" + programmes + ")",
						"delete from programme_assignment where programme_id in (" + programmes + ")"));
				if (!installation.userIds().isEmpty()) {
					String users = ids(installation.userIds());
					sql.add("delete from champion_link where user_id in " + users);
					sql.add("delete from programme_assignment where user_id in " + users);
					sql.add("delete from user_role where user_id in " + users);
					sql.add("delete from app_user where id in " + users);
				}
				sql.add("delete from improvement_programme where plan_id in " + plans);
				if (!installation.deliveryGroupIds().isEmpty()) {
					sql.add("delete from delivery_group where id in " + ids(installation.deliveryGroupIds()));
				}
				sql.add("delete from reporting_period where plan_id in " + plans);
				sql.add("delete from plan where id in " + plans);
				for (String each : sql) {
					statement.execute(each);
				}
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not delete installation '" + installation.tag() + "'", ex);
		}
	}

	private static String ids(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
	}

	/** Spreads {@code total} over {@code parts} as evenly as it goes. */
	static int share(int total, int parts, int index) {
		return total / parts + ((index < total % parts) ? 1 : 0);
	}

	/** One generation: the rows being built and the ids they were given. */
	private static final class Run {

		private final Connection connection;

		private final String tag;

		private final Random random;

		private final Prose prose;

		private final String passwordHash;

		private final Map<String, Table> tables = new LinkedHashMap<>();

		private final Table plan;

		private final Table reportingPeriod;

		private final Table deliveryGroup;

		private final Table programme;

		private final Table appUser;

		private final Table userRole;

		private final Table programmeAssignment;

		private final Table championLink;

		private final Table recommendation;

		private final Table measure;

		private final Table measureComparator;

		private final Table measureValue;

		private final Table actionPlan;

		private final Table objective;

		private final Table subObjective;

		private final Table action;

		private final Table actionDeadlinePart;

		private final Table actionUpdate;

		private final Table actionRecommendation;

		private final Table actionMeasure;

		private final Table attachment;

		private final Table highlightReport;

		private final Table reportSection;

		private final Table reportMeasureRow;

		private final Table caseStudy;

		private final Table reportExemption;

		private final Table executiveSummary;

		private final Table executiveSummaryStatus;

		private final Table risk;

		private final Table riskMitigation;

		private final Table riskAssessment;

		private final Table outcomeTrackerItem;

		private final Table workProgrammeItem;

		private final List<Long> userIds = new ArrayList<>();

		private final List<Long> groupIds = new ArrayList<>();

		Run(Connection connection, String tag, Random random) {
			this.connection = connection;
			this.tag = tag;
			this.random = random;
			this.prose = new Prose(random);
			// One hash for every account: bcrypt is slow on purpose, and hundreds of
			// hashes would cost seconds.
			this.passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
			// Declared in foreign-key order, which is the order they are written in.
			this.plan = table("plan", "id, title, short_name, first_year, last_year, status, vision");
			this.reportingPeriod = table("reporting_period", "id, plan_id, financial_year, quarter, due_date, state");
			this.deliveryGroup = table("delivery_group", "id, name, chair_name, chair_title");
			this.programme = table("improvement_programme", "id, plan_id, number, title, description,"
					+ " delivery_group_id, senior_responsible_owners, scrutiny_champions");
			this.appUser = table("app_user", "id, username, display_name, job_title, password_hash, enabled");
			this.userRole = table("user_role", "user_id, role");
			this.programmeAssignment = table("programme_assignment", "user_id, programme_id");
			this.championLink = table("champion_link", "user_id, programme_id");
			this.recommendation = table("recommendation", "id, plan_id, source, number, text");
			this.measure = table("measure", "id, programme_id, heading, name, unit, polarity, decimal_places,"
					+ " target_value, target_text, frequency, data_source, position, version");
			this.measureComparator = table("measure_comparator",
					"id, measure_id, label, comparator_value, period, position");
			this.measureValue = table("measure_value", "id, measure_id, period_label, period_end, numeric_value,"
					+ " numerator, denominator, reported_text, data_status, definition_changed, version");
			this.actionPlan = table("action_plan", "id, programme_id, financial_year, title, version_label, status,"
					+ " lead_delivery_group, senior_responsible_owners");
			this.objective = table("objective", "id, action_plan_id, number, title, lead, position");
			this.subObjective = table("sub_objective", "id, objective_id, letter, title, lead, position");
			this.action = table("action", "id, objective_id, sub_objective_id, position, description, owners,"
					+ " deadline, deadline_text, kpi_text, expected_outcome, brag, carried_from_id, version");
			this.actionDeadlinePart = table("action_deadline_part",
					"id, action_id, label, due_date, due_text, position");
			this.actionUpdate = table("action_update", "id, action_id, reporting_period_id, brag, commentary");
			this.actionRecommendation = table("action_recommendation", "action_id, recommendation_id");
			this.actionMeasure = table("action_measure", "action_id, measure_id");
			this.attachment = table("attachment", "id, file_name, content_type, size_bytes, content");
			this.highlightReport = table("highlight_report", "id, programme_id, reporting_period_id, revision, state,"
					+ " overall_status, status_as_written, status_reason, report_date, return_comment, source_note,"
					+ " submitted_at, submitted_by, published_at, published_by, version");
			this.reportSection = table("report_section", "id, report_id, section_type, body, nil_return");
			this.reportMeasureRow = table("report_measure_row", "id, report_id, measure_id, current_value_id,"
					+ " previous_value_id, direction_override, override_reason, position");
			this.caseStudy = table("case_study", "id, report_id, title, summary, attachment_id, position");
			this.reportExemption = table("report_exemption", "id, programme_id, reporting_period_id, reason");
			this.executiveSummary = table("executive_summary",
					"id, reporting_period_id, state, progress_as_at,"
							+ " overall, achievements, slippage_issues_risks, next_quarter, decisions_required,"
							+ " published_at, version");
			this.executiveSummaryStatus = table("executive_summary_status",
					"id, executive_summary_id, programme_id, status, status_as_written, reason, position");
			this.risk = table("risk", "id, plan_id, programme_id, reference, title, description, impact_description,"
					+ " owner, likelihood, impact, target_score, review_date, status, position, version");
			this.riskMitigation = table("risk_mitigation", "id, risk_id, description, owner, status, position");
			this.riskAssessment = table("risk_assessment",
					"id, risk_id, assessed_on, assessed_by, likelihood, impact, note");
			this.outcomeTrackerItem = table("outcome_tracker_item", "id, plan_id, meeting_date, agenda_item,"
					+ " programme_id, link_text, action_owner, agreed_outcome, status, status_note, position");
			this.workProgrammeItem = table("work_programme_item",
					"id, plan_id, meeting_date, title, programme_id, lead, position");
		}

		private Table table(String name, String columns) {
			Table table = new Table(name, columns.split(",\\s*"));
			this.tables.put(name, table);
			return table;
		}

		Installation write(Shape shape, int firstYear, PlanStatus planStatus) throws SQLException {
			String domain = this.tag + ".example.org";
			String admin = "admin@" + domain;
			user(admin, "Partnership Business Manager (" + this.tag + ")",
					"Partnership Business Manager, Children's Commissioning", "ADMIN");
			user("executive@" + domain, "Executive member (" + this.tag + ")", "Children's Trust Executive",
					"EXECUTIVE");
			List<Installation.GeneratedPlan> plans = new ArrayList<>();
			for (int p = 0; p < shape.plans(); p++) {
				int start = firstYear + (p * 3) / shape.plans();
				plans.add(plan(shape, p,
						new PlanSpan(new FinancialYear(start), new FinancialYear(start + shape.years() - 1)),
						planStatus, domain));
			}
			Map<String, Integer> rows = new LinkedHashMap<>();
			for (Table table : this.tables.values()) {
				table.writeTo(this.connection);
				rows.put(table.name, table.rows.size());
			}
			return new Installation(this.tag, plans, this.userIds, this.groupIds, admin, rows);
		}

		private Installation.GeneratedPlan plan(Shape shape, int index, PlanSpan span, PlanStatus status, String domain)
				throws SQLException {
			String shortName = String.format(Locale.ROOT, "%s-%02d", this.tag, index + 1);
			String title = PLAN_TITLES[index % PLAN_TITLES.length] + " " + span.label()
					+ ((index >= PLAN_TITLES.length) ? " (" + (index / PLAN_TITLES.length + 1) + ")" : "");
			long planId = this.plan.insert(title, shortName, span.first().startYear(), span.last().startYear(),
					status.name(), this.prose.text(300, 900));

			List<ReportingQuarter> quarters = span.quarters();
			List<Long> periods = new ArrayList<>();
			for (int q = 0; q < quarters.size(); q++) {
				ReportingQuarter quarter = quarters.get(q);
				periods.add(this.reportingPeriod.insert(planId, quarter.year().startYear(), quarter.quarter().name(),
						quarter.lastDay().plusDays(12), (q == quarters.size() - 1) ? "OPEN" : "CLOSED"));
			}

			List<Long> recommendations = new ArrayList<>();
			for (int r = 1; r <= 13; r++) {
				recommendations.add(this.recommendation.insert(planId, "Ofsted " + span.first().startYear(), r,
						this.prose.sentence()));
			}

			int groupCount = Math.max(1, (shape.programmesPerPlan() * 5 + 6) / 7);
			List<Long> groups = new ArrayList<>();
			for (int g = 0; g < groupCount; g++) {
				String name = GROUP_NAMES[(index + g) % GROUP_NAMES.length] + " (" + shortName + "-" + (g + 1) + ")";
				long group = this.deliveryGroup.insert(name, this.prose.person(), this.prose.jobTitle());
				groups.add(group);
				this.groupIds.add(group);
			}

			List<Long> programmes = new ArrayList<>();
			for (int i = 0; i < shape.programmesPerPlan(); i++) {
				String programmeTitle = PROGRAMME_TITLES[(index + i) % PROGRAMME_TITLES.length];
				programmes.add(this.programme.insert(planId, i + 1, programmeTitle, this.prose.text(200, 700),
						groups.get(i % groupCount), this.prose.jobTitle() + "/ " + this.prose.jobTitle(),
						this.prose.councillor()));
			}
			for (int g = 0; g < groupCount; g++) {
				long lead = user(String.format(Locale.ROOT, "lead-%02d-%02d@%s", index + 1, g + 1, domain),
						this.prose.person() + " (lead)", "Delivery group lead", "LEAD");
				for (int i = g; i < programmes.size(); i += groupCount) {
					this.programmeAssignment.add(lead, programmes.get(i));
				}
			}
			long champion = user(String.format(Locale.ROOT, "scrutiny-%02d@%s", index + 1, domain),
					this.prose.councillor(), "Scrutiny Committee Champion", "SCRUTINY");
			for (int i : new LinkedHashSet<>(List.of(0, programmes.size() / 2))) {
				this.championLink.add(champion, programmes.get(i));
			}

			Map<List<Integer>, Long> published = new HashMap<>();
			for (int i = 0; i < programmes.size(); i++) {
				long programmeId = programmes.get(i);
				long[][] values = measures(programmeId, i, share(shape.measuresPerPlan(), programmes.size(), i),
						quarters);
				actionPlans(shape, span, quarters, periods, recommendations, programmeId, i, programmes.size(), values);
				reports(programmeId, i, quarters, periods, values, published);
			}
			executiveSummaries(quarters, periods, programmes, span);
			risks(planId, shape.risksPerPlan(), programmes, quarters);
			scrutiny(planId, programmes, quarters);
			return new Installation.GeneratedPlan(planId, shortName, periods, programmes, published);
		}

		private long user(String username, String displayName, String jobTitle, String role) throws SQLException {
			long id = this.appUser.insert(username, displayName, jobTitle, this.passwordHash, true);
			this.userRole.add(id, role);
			this.userIds.add(id);
			return id;
		}

		/** The programme's measures; returns each measure's value ids by quarter. */
		private long[][] measures(long programmeId, int programmeIndex, int count, List<ReportingQuarter> quarters)
				throws SQLException {
			long[][] valueIds = new long[count][];
			String[] headings = new String[3];
			for (int h = 0; h < headings.length; h++) {
				headings[h] = (h + 1) + ". " + this.prose.title();
			}
			for (int m = 0; m < count; m++) {
				MeasureKind kind = MeasureKind.values()[(programmeIndex * 3 + m) % MeasureKind.values().length];
				String name = kind.names[m % kind.names.length]
						+ ((m >= kind.names.length) ? " – " + LOCALITIES[m % LOCALITIES.length] : "");
				String polarity = kind.narrative() ? "NEITHER" : new String[] { "HIGHER_IS_BETTER", "LOWER_IS_BETTER",
						"HIGHER_IS_BETTER", "LOWER_IS_BETTER", "NEITHER" }[this.random.nextInt(5)];
				double start = kind.low + this.random.nextDouble() * (kind.high - kind.low);
				BigDecimal target = null;
				String targetText = null;
				if (!kind.narrative() && this.random.nextBoolean()) {
					target = amount(start * (1.05 + this.random.nextDouble() * 0.1), kind.decimals);
					targetText = "Target = " + kind.format(target);
				}
				long measureId = this.measure.insert(programmeId, headings[m * headings.length / count], name,
						kind.name(), polarity, kind.decimals, target, targetText,
						this.prose.pick(new String[] { "Quarterly", "Monthly", "Annual" }),
						this.prose.pick(DATA_SOURCES), m, 0L);
				if (!kind.narrative()) {
					String[] labels = { "England average", "Stat neighbour average", "South West" };
					int comparators = this.random.nextInt(4);
					for (int c = 0; c < comparators; c++) {
						this.measureComparator.insert(measureId, labels[c],
								amount(start * (0.8 + this.random.nextDouble() * 0.4), kind.decimals),
								quarters.get(0).year().label(), c);
					}
				}
				valueIds[m] = new long[quarters.size()];
				double value = start;
				for (int q = 0; q < quarters.size(); q++) {
					ReportingQuarter quarter = quarters.get(q);
					value = Math.max(kind.low / 2,
							Math.min(kind.high * 1.2, value * (0.93 + this.random.nextDouble() * 0.14)));
					BigDecimal numeric = kind.narrative() ? null : amount(value, kind.decimals);
					BigDecimal numerator = null;
					BigDecimal denominator = null;
					String status = "REPORTED";
					String text = kind.narrative() ? this.prose.sentence() : kind.format(numeric);
					if (q == quarters.size() - 1 && this.random.nextInt(10) == 0) {
						numeric = null;
						status = "AWAITING_DATA";
						text = "Awaiting data";
					}
					else if (kind == MeasureKind.PERCENT && this.random.nextInt(5) < 2) {
						denominator = BigDecimal.valueOf(50 + this.random.nextInt(1950));
						numerator = denominator.multiply(numeric)
							.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
						text = kind.format(numeric) + " (" + numerator + " of " + denominator + ")";
					}
					String label = (kind == MeasureKind.RATE_PER_10000)
							? "R12 months ending "
									+ quarter.lastDay().format(DateTimeFormatter.ofPattern("MMMM yy", Locale.UK))
							: quarter.quarter().name() + " " + quarter.year().label();
					valueIds[m][q] = this.measureValue.insert(measureId, label, quarter.lastDay(), numeric, numerator,
							denominator, text, status, this.random.nextInt(50) == 0, 0L);
				}
			}
			return valueIds;
		}

		private void actionPlans(Shape shape, PlanSpan span, List<ReportingQuarter> quarters, List<Long> periods,
				List<Long> recommendations, long programmeId, int programmeIndex, int programmeCount, long[][] values)
				throws SQLException {
			List<Long> previousYear = List.of();
			List<FinancialYear> years = span.years();
			for (int y = 0; y < years.size(); y++) {
				FinancialYear year = years.get(y);
				boolean last = y == years.size() - 1;
				long planId = this.actionPlan.insert(programmeId, year.startYear(),
						"Programme " + (programmeIndex + 1) + ", Action Plan " + year.label()
								+ (last ? " - DRAFT" : " - FINAL"),
						last ? "v0." + (2 + this.random.nextInt(5)) + " draft" : "FINAL (" + (4 + y) + ".5.18)",
						last ? "DRAFT" : "FINAL", this.prose.pick(GROUP_NAMES),
						this.prose.jobTitle() + "/ " + this.prose.jobTitle());
				int count = share(shape.actionsPerPlan(), programmeCount * years.size(),
						programmeIndex * years.size() + y);
				int objectives = Math.max(1, Math.min(6, (count + 5) / 6));
				long[] objectiveIds = new long[objectives];
				long[][] subIds = new long[objectives][];
				int[] positions = new int[objectives];
				for (int o = 0; o < objectives; o++) {
					objectiveIds[o] = this.objective.insert(planId, o + 1, this.prose.title(), this.prose.jobTitle(),
							o);
					subIds[o] = new long[(o % 2 == 1) ? 2 : 0];
					for (int s = 0; s < subIds[o].length; s++) {
						subIds[o][s] = this.subObjective.insert(objectiveIds[o], String.valueOf((char) ('A' + s)),
								this.prose.title(), this.prose.jobTitle(), s);
					}
				}
				List<ReportingQuarter> yearQuarters = new ArrayList<>();
				List<Long> yearPeriods = new ArrayList<>();
				for (int q = 0; q < quarters.size(); q++) {
					if (quarters.get(q).year().equals(year)) {
						yearQuarters.add(quarters.get(q));
						yearPeriods.add(periods.get(q));
					}
				}
				List<Long> actions = new ArrayList<>();
				for (int a = 0; a < count; a++) {
					int o = a % objectives;
					int k = positions[o]++;
					Long sub = (subIds[o].length == 0 || k % 3 == 0) ? null : subIds[o][(k % 3) - 1];
					actions.add(action(objectiveIds[o], sub, k, year, yearPeriods, periods.get(periods.size() - 1),
							previousYear, recommendations, values));
				}
				previousYear = actions;
			}
		}

		private long action(long objectiveId, Long subObjectiveId, int position, FinancialYear year,
				List<Long> yearPeriods, long openPeriod, List<Long> previousYear, List<Long> recommendations,
				long[][] values) throws SQLException {
			String description = this.prose.paragraph(90, 420);
			LocalDate deadline = null;
			String deadlineText = null;
			List<Object[]> parts = new ArrayList<>();
			int kind = this.random.nextInt(20);
			if (kind < 3) {
				deadlineText = "Incremental during " + year.label();
			}
			else if (kind < 6) {
				StringJoiner written = new StringJoiner(" ");
				int count = 2 + this.random.nextInt(2);
				for (int p = 0; p < count; p++) {
					LocalDate due = dayIn(year);
					deadline = (deadline == null || due.isAfter(deadline)) ? due : deadline;
					String label = (char) ('a' + p) + ")";
					written.add(label + " " + due.format(DEADLINE));
					parts.add(new Object[] { label, due, null, p });
				}
				deadlineText = written.toString();
				description = description + " "
						+ String.join(" ",
								parts.stream()
									.map((part) -> part[0] + " " + this.prose.sentence().toLowerCase(Locale.UK))
									.toList());
			}
			else {
				deadline = dayIn(year);
			}
			String brag = null;
			List<Object[]> updates = new ArrayList<>();
			String[] progression = { "GREEN", "GREEN", "AMBER", "GREEN", "RED", "AMBER", "GREEN" };
			for (int u = 0; u < yearPeriods.size(); u++) {
				// Half the actions have had their update for the open quarter so far.
				if (yearPeriods.get(u) == openPeriod && this.random.nextBoolean()) {
					continue;
				}
				brag = (u == 3 && this.random.nextInt(3) == 0) ? "BLUE" : this.prose.pick(progression);
				updates.add(new Object[] { yearPeriods.get(u), brag, this.prose.paragraph(80, 300) });
			}
			Long carriedFrom = (!previousYear.isEmpty() && this.random.nextInt(10) == 0)
					? previousYear.get(this.random.nextInt(previousYear.size())) : null;
			long actionId = this.action.insert(objectiveId, subObjectiveId, position, description, this.prose.owners(),
					deadline, deadlineText,
					(this.random.nextInt(5) < 3) ? "% of " + this.prose.title().toLowerCase(Locale.UK) : null,
					(this.random.nextInt(10) < 7) ? this.prose.sentence() : null, brag, carriedFrom, 0L);
			for (Object[] part : parts) {
				this.actionDeadlinePart.insert(actionId, part[0], part[1], part[2], part[3]);
			}
			for (Object[] update : updates) {
				this.actionUpdate.insert(actionId, update[0], update[1], update[2]);
			}
			if (this.random.nextInt(5) < 2) {
				Set<Long> answered = new LinkedHashSet<>();
				int count = 1 + this.random.nextInt(2);
				for (int r = 0; r < count; r++) {
					answered.add(recommendations.get(this.random.nextInt(recommendations.size())));
				}
				for (long recommendationId : answered) {
					this.actionRecommendation.add(actionId, recommendationId);
				}
			}
			if (values.length > 0 && this.random.nextInt(5) == 0) {
				this.actionMeasure.add(actionId,
						this.measure.idOfRow(this.measure.rows.size() - 1 - this.random.nextInt(values.length)));
			}
			return actionId;
		}

		private LocalDate dayIn(FinancialYear year) {
			return year.firstDay().plusDays(this.random.nextInt(365));
		}

		private void reports(long programmeId, int programmeIndex, List<ReportingQuarter> quarters, List<Long> periods,
				long[][] values, Map<List<Integer>, Long> published) throws SQLException {
			int measureBase = this.measure.rows.size() - values.length;
			for (int q = 0; q < quarters.size(); q++) {
				ReportingQuarter quarter = quarters.get(q);
				LocalDate due = quarter.lastDay().plusDays(12);
				boolean open = q == quarters.size() - 1;
				if (!open && this.random.nextInt(30) == 0) {
					this.reportExemption.insert(programmeId, periods.get(q),
							"No highlight report this quarter: " + this.prose.paragraph(100, 250));
					continue;
				}
				String state = "PUBLISHED";
				if (open) {
					int roll = this.random.nextInt(10);
					if (roll < 2) {
						continue;
					}
					state = (roll < 6) ? "DRAFT" : (roll < 9) ? "SUBMITTED" : "RETURNED";
				}
				int revisions = (!open && this.random.nextInt(30) == 0) ? 2 : 1;
				for (int revision = 1; revision <= revisions; revision++) {
					long reportId = report(programmeId, periods.get(q), quarter, due, revision, state, values,
							measureBase, q);
					if ("PUBLISHED".equals(state)) {
						published.put(List.of(programmeIndex, q), reportId);
					}
				}
			}
		}

		private long report(long programmeId, long periodId, ReportingQuarter quarter, LocalDate due, int revision,
				String state, long[][] values, int measureBase, int q) throws SQLException {
			boolean complete = !"DRAFT".equals(state) && !"RETURNED".equals(state);
			String rag = (complete || this.random.nextBoolean()) ? this.prose.pick(RAG) : null;
			LocalDate reportDate = due.minusDays(2 + this.random.nextInt(9));
			OffsetDateTime submitted = complete || "RETURNED".equals(state)
					? reportDate.atTime(10, 0).atOffset(ZoneOffset.UTC) : null;
			OffsetDateTime publishedAt = "PUBLISHED".equals(state)
					? reportDate.plusDays(14 + revision).atTime(9, 30).atOffset(ZoneOffset.UTC) : null;
			long reportId = this.highlightReport.insert(programmeId, periodId, revision, state, rag,
					(this.random.nextInt(20) == 0) ? "Progressing" : null,
					(rag != null) ? this.prose.text(150, 600) : null, reportDate,
					"RETURNED".equals(state) ? "Please " + this.prose.sentence().toLowerCase(Locale.UK) : null,
					(revision > 1) ? "Correction: " + this.prose.sentence() : null, submitted,
					(submitted != null) ? "lead@" + this.tag + ".example.org" : null, publishedAt,
					(publishedAt != null) ? "admin@" + this.tag + ".example.org" : null, 0L);
			for (int s = 0; s < SECTION_TYPES.length; s++) {
				boolean nil = this.random.nextInt(100) < SECTION_NIL_PERCENT[s];
				boolean blank = !complete && this.random.nextInt(3) == 0;
				String body = (nil || blank) ? null : this.prose.text((s == 0) ? 400 : 150, (s == 0) ? 2000 : 900);
				this.reportSection.insert(reportId, SECTION_TYPES[s], body, nil && !blank);
			}
			for (int m = 0; m < values.length; m++) {
				boolean override = this.random.nextInt(30) == 0;
				this.reportMeasureRow.insert(reportId, this.measure.idOfRow(measureBase + m), values[m][q],
						(q > 0) ? values[m][q - 1] : null, override ? "NOT_COMPARABLE" : null,
						override ? "Not comparable, new assessment" : null, m);
			}
			if ("PUBLISHED".equals(state) && this.random.nextInt(8) == 0) {
				int studies = 1 + this.random.nextInt(2);
				for (int c = 0; c < studies; c++) {
					Long attachmentId = null;
					if (this.random.nextBoolean()) {
						byte[] content = new byte[16 * 1024 + this.random.nextInt(48 * 1024)];
						this.random.nextBytes(content);
						attachmentId = this.attachment.insert("case-study-"
								+ quarter.label().replace('/', '-').replace(' ', '-') + "-" + (c + 1) + ".pdf",
								"application/pdf", (long) content.length, content);
					}
					this.caseStudy.insert(reportId, this.prose.title(), this.prose.text(200, 800), attachmentId, c);
				}
			}
			return reportId;
		}

		private void executiveSummaries(List<ReportingQuarter> quarters, List<Long> periods, List<Long> programmes,
				PlanSpan span) throws SQLException {
			for (int q = 0; q < quarters.size(); q++) {
				ReportingQuarter quarter = quarters.get(q);
				boolean open = q == quarters.size() - 1;
				long summaryId = this.executiveSummary.insert(periods.get(q), open ? "DRAFT" : "PUBLISHED",
						"end " + quarter.lastDay().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)),
						this.prose.text(400, 1200), this.prose.text(300, 1500), this.prose.text(200, 900),
						this.prose.text(200, 900), this.prose.text(100, 500),
						open ? null : quarter.lastDay().plusDays(40).atTime(12, 0).atOffset(ZoneOffset.UTC), 0L);
				for (int i = 0; i < programmes.size(); i++) {
					this.executiveSummaryStatus.insert(summaryId, programmes.get(i), this.prose.pick(RAG), null,
							this.prose.paragraph(80, 300), i);
				}
			}
		}

		private void risks(long planId, int count, List<Long> programmes, List<ReportingQuarter> quarters)
				throws SQLException {
			int corporate = Math.max(1, count / 10);
			for (int r = 0; r < count; r++) {
				boolean plan = r < corporate;
				Long programmeId = plan ? null : programmes.get((r - corporate) % programmes.size());
				List<int[]> scores = new ArrayList<>();
				List<LocalDate> dates = new ArrayList<>();
				int assessments = 1 + this.random.nextInt(4);
				int step = Math.max(1, quarters.size() / assessments);
				for (int a = 0; a < assessments; a++) {
					scores.add(new int[] { 1 + this.random.nextInt(5), 1 + this.random.nextInt(5) });
					dates.add(quarters.get(Math.min(quarters.size() - 1, a * step)).firstDay().plusDays(20));
				}
				int[] latest = scores.get(scores.size() - 1);
				long riskId = this.risk.insert(planId, programmeId,
						plan ? String.format(Locale.ROOT, "ORG%04d", 1 + r) : null, this.prose.title(),
						this.prose.paragraph(150, 500), this.prose.paragraph(100, 400), this.prose.jobTitle(),
						latest[0], latest[1], 1 + this.random.nextInt(12),
						quarters.get(quarters.size() - 1).lastDay().plusMonths(1),
						(this.random.nextInt(10) == 0) ? "CLOSED" : "OPEN", r, 0L);
				for (int a = 0; a < assessments; a++) {
					this.riskAssessment.insert(riskId, dates.get(a), this.prose.jobTitle(), scores.get(a)[0],
							scores.get(a)[1], this.random.nextBoolean() ? this.prose.sentence() : null);
				}
				String[] statuses = { "PLANNED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETE" };
				int mitigations = 1 + this.random.nextInt(3);
				for (int m = 0; m < mitigations; m++) {
					this.riskMitigation.insert(riskId, this.prose.paragraph(80, 300), this.prose.jobTitle(),
							this.prose.pick(statuses), m);
				}
			}
		}

		private void scrutiny(long planId, List<Long> programmes, List<ReportingQuarter> quarters) throws SQLException {
			String[] statuses = { "COMPLETED", "COMPLETED", "PENDING", "INCOMPLETE" };
			for (int i = 0; i < 10; i++) {
				ReportingQuarter quarter = quarters.get(i * quarters.size() / 10);
				long programmeId = programmes.get(i % programmes.size());
				this.outcomeTrackerItem.insert(planId, quarter.firstDay().plusDays(40),
						"CYPP " + quarter.label() + " update", programmeId, "Programme " + (i % programmes.size() + 1),
						this.prose.jobTitle(), this.prose.paragraph(100, 300), this.prose.pick(statuses),
						this.random.nextBoolean() ? this.prose.sentence() : null, i);
			}
			for (int i = 0; i < 8; i++) {
				ReportingQuarter quarter = quarters.get(i * quarters.size() / 8);
				this.workProgrammeItem.insert(planId, quarter.firstDay().plusDays(50),
						"CYPP " + quarter.label() + " Update", programmes.get(i % programmes.size()),
						this.prose.jobTitle(), i);
			}
		}

		private static BigDecimal amount(double value, int decimals) {
			return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
		}

		/** A table's rows waiting to be written, with ids taken from its sequence. */
		private final class Table {

			private final String name;

			private final String[] columns;

			private final boolean hasId;

			private final List<Object[]> rows = new ArrayList<>();

			private final Deque<Long> ids = new ArrayDeque<>();

			private String sequence;

			private int block = 16;

			Table(String name, String[] columns) {
				this.name = name;
				this.columns = columns;
				this.hasId = "id".equals(columns[0]);
			}

			/** Adds a row and returns its id; the values are every column but the id. */
			long insert(Object... values) throws SQLException {
				long id = nextId();
				Object[] row = new Object[values.length + 1];
				row[0] = id;
				System.arraycopy(values, 0, row, 1, values.length);
				add(row);
				return id;
			}

			/** Adds a row of a table without an id, such as a link table. */
			void add(Object... values) {
				if (values.length != this.columns.length) {
					throw new IllegalArgumentException(
							this.name + " has " + this.columns.length + " columns, got " + values.length + " values");
				}
				this.rows.add(values);
			}

			long idOfRow(int index) {
				return (Long) this.rows.get(index)[0];
			}

			private long nextId() throws SQLException {
				if (!this.hasId) {
					throw new IllegalStateException(this.name + " has no id column");
				}
				if (this.ids.isEmpty()) {
					// Blocks grow, so that big tables take few round trips and small ones
					// waste few ids.
					this.block = Math.min(this.block * 4, 16384);
					reserveIds(this.block);
				}
				return this.ids.removeFirst();
			}

			private void reserveIds(int count) throws SQLException {
				if (this.sequence == null) {
					try (PreparedStatement statement = Run.this.connection
						.prepareStatement("select pg_get_serial_sequence(?, 'id')")) {
						statement.setString(1, this.name);
						try (ResultSet result = statement.executeQuery()) {
							result.next();
							this.sequence = result.getString(1);
						}
					}
				}
				try (PreparedStatement statement = Run.this.connection
					.prepareStatement("select nextval(?::regclass) from generate_series(1, ?)")) {
					statement.setString(1, this.sequence);
					statement.setInt(2, count);
					try (ResultSet result = statement.executeQuery()) {
						while (result.next()) {
							this.ids.add(result.getLong(1));
						}
					}
				}
			}

			/**
			 * Writes the rows with PostgreSQL's COPY, in CSV, which takes them an order
			 * of magnitude faster than INSERT statements.
			 */
			void writeTo(Connection connection) throws SQLException {
				if (this.rows.isEmpty()) {
					return;
				}
				StringBuilder csv = new StringBuilder(this.rows.size() * 64);
				for (Object[] row : this.rows) {
					for (int c = 0; c < row.length; c++) {
						if (c > 0) {
							csv.append(',');
						}
						appendCsv(csv, row[c]);
					}
					csv.append('\n');
				}
				try {
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("copy " + this.name + " (" + String.join(", ", this.columns)
								+ ") from stdin (format csv)", new StringReader(csv.toString()));
				}
				catch (IOException ex) {
					throw new SQLException("Could not copy rows into " + this.name, ex);
				}
			}

			/** CSV as COPY reads it: an unquoted empty field is null, text is quoted. */
			private static void appendCsv(StringBuilder csv, Object value) {
				if (value == null) {
					return;
				}
				if (value instanceof String text) {
					csv.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
				else if (value instanceof byte[] bytes) {
					csv.append("\\x").append(HexFormat.of().formatHex(bytes));
				}
				else if (value instanceof BigDecimal number) {
					csv.append(number.toPlainString());
				}
				else {
					// Numbers, booleans, dates and timestamps print as PostgreSQL reads
					// them.
					csv.append(value);
				}
			}

		}

	}

	/**
	 * The kinds of measure the papers track, with names from them and a plausible range
	 * of values.
	 */
	private enum MeasureKind {

		PERCENT(1, 35, 95, "% of children seen within 10 working days of referral",
				"% of re-referrals to children's social care within 12 months",
				"% of care leavers in education, employment or training", "% of mothers breastfeeding at 6-8 weeks",
				"% of eligible two-year-olds taking up a funded place",
				"% of child protection plans lasting two years or more", "% of EHC plans completed within 20 weeks",
				"% of return home interviews completed within 72 hours"),
		COUNT(0, 20, 2000, "Number of Early Help Assessments completed", "Number of children missing from education",
				"Number of young people accessing Kooth", "Number of foster carer households approved",
				"Number of Family Group Conferences held"),
		RATE_PER_10000(1, 20, 80, "Rate of children looked after per 10,000",
				"Rate of children subject to a child protection plan per 10,000",
				"Rate of referrals to children's social care per 10,000"),
		RATE_PER_1000(1, 2, 12, "Infant mortality rate per 1,000 live births",
				"Rate of excess weight in reception year per 1,000"),
		RATE_PER_100000(1, 150, 800, "Rate of first-time entrants to the youth justice system per 100,000",
				"Rate of hospital admissions for self-harm (10-24 years) per 100,000"),
		SCORE(1, 2, 9, "Average score on the Outcomes Star at case closure",
				"Average wellbeing score in the school survey"),
		NARRATIVE(0, 0, 0, "Feedback from children and families on the service",
				"Progress of the Team Around the School model");

		private final int decimals;

		private final double low;

		private final double high;

		private final String[] names;

		MeasureKind(int decimals, double low, double high, String... names) {
			this.decimals = decimals;
			this.low = low;
			this.high = high;
			this.names = names;
		}

		boolean narrative() {
			return this == NARRATIVE;
		}

		String format(BigDecimal value) {
			String number = String.format(Locale.UK, "%,." + this.decimals + "f", value);
			return switch (this) {
				case PERCENT -> number + "%";
				case RATE_PER_1000 -> number + " per 1,000";
				case RATE_PER_10000 -> number + " per 10,000";
				case RATE_PER_100000 -> number + " per 100,000";
				default -> number;
			};
		}

	}

	/**
	 * Builds the benchmark database: drops and re-creates it, migrates it with the
	 * application's Flyway migrations, generates {@link Shape#benchmark()} (times
	 * {@code BENCH_SCALE}) into it, analyzes it, and writes the pages to measure and the
	 * account to sign in with to a file that {@code src/benchmark/run.sh} reads.
	 * <p>
	 * Settings come from the environment, as {@code run.sh} documents them:
	 * {@code BENCH_DB_HOST} (localhost), {@code BENCH_DB_PORT} (5432),
	 * {@code BENCH_DB_NAME} (waymark_bench), {@code BENCH_DB_USER} (postgres),
	 * {@code BENCH_DB_PASSWORD} (empty), {@code BENCH_SCALE} (1), {@code BENCH_SEED}
	 * (20261122). The one argument is the file to write the pages to (default
	 * {@code target/benchmark/pages.env}).
	 */
	public static void main(String[] args) throws SQLException, IOException {
		String server = "jdbc:postgresql://" + env("BENCH_DB_HOST", "localhost") + ":" + env("BENCH_DB_PORT", "5432")
				+ "/";
		String database = env("BENCH_DB_NAME", "waymark_bench");
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("BENCH_DB_NAME must be lower case letters, digits and _");
		}
		String user = env("BENCH_DB_USER", "postgres");
		String password = env("BENCH_DB_PASSWORD", "");
		Shape shape = Shape.benchmark().times(Integer.parseInt(env("BENCH_SCALE", "1")));
		Path pages = Path.of((args.length > 0) ? args[0] : "target/benchmark/pages.env");
		long started = System.nanoTime();
		try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
			statement.execute("create database " + database);
		}
		String url = server + database;
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
		try {
			Installation installation = new LargeInstallationGenerator(dataSource,
					Long.parseLong(env("BENCH_SEED", "20261122")))
				.generate("bench", shape, 2016, PlanStatus.ACTIVE);
			try (Connection connection = dataSource.getConnection();
					Statement statement = connection.createStatement()) {
				// Fresh tables have no planner statistics until autovacuum gets to them.
				statement.execute("analyze");
				writePages(connection, installation, pages);
			}
			System.out.printf(Locale.UK, "Generated %s into %s: %,d rows in %.1f s%n%s%n", shape, url,
					installation.totalRows(), (System.nanoTime() - started) / 1e9, installation.rows());
		}
		finally {
			dataSource.destroy();
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * Picks the pages to measure, as the application would find them: the active plan
	 * (latest first year), one of its older periods, its first programme, and that
	 * programme's latest published report; the quarter view, RAG view and scrutiny
	 * summary of its last closed quarter; its risk register and heat map.
	 */
	private static void writePages(Connection connection, Installation installation, Path file)
			throws SQLException, IOException {
		long planId;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"select id from plan where status = 'ACTIVE' order by first_year desc, id desc limit 1")) {
			result.next();
			planId = result.getLong(1);
		}
		Installation.GeneratedPlan plan = installation.plans()
			.stream()
			.filter((candidate) -> candidate.id() == planId)
			.findFirst()
			.orElseThrow();
		long report = -1;
		for (int q = plan.periodIds().size() - 1; q >= 0 && report < 0; q--) {
			report = plan.publishedReport(0, q).orElse(-1L);
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.println("ADMIN_USERNAME=" + installation.adminUsername());
			out.println("ADMIN_PASSWORD=" + PASSWORD);
			out.println("OLDER_PERIOD_PATH=/?period=" + plan.periodIds().get(1));
			out.println("PROGRAMME_PATH=/programmes/" + plan.programmeIds().get(0));
			out.println("REPORT_PATH=/reports/" + report);
			// The dashboards of issue 7 for a closed quarter with published reports.
			long closedPeriod = plan.periodIds().get(plan.periodIds().size() - 2);
			out.println("QUARTER_PATH=/plans/" + planId + "/quarters/" + closedPeriod);
			out.println("RAG_PATH=/plans/" + planId + "/rag?period=" + closedPeriod);
			out.println("SUMMARY_PATH=/plans/" + planId + "/scrutiny-summary?period=" + closedPeriod);
			out.println("COMPARE_PATH=/plans/" + planId + "/compare?to=" + closedPeriod);
			// The committee pack of issue 8 for the same quarter: the PDF, and the Word
			// files.
			out.println("PACK_PATH=/plans/" + planId + "/quarters/" + closedPeriod + "/pack.pdf");
			out.println("SUMMARY_DOCX_PATH=/plans/" + planId + "/quarters/" + closedPeriod + "/executive-summary.docx");
			out.println("REPORT_DOCX_PATH=/reports/" + report + "/report.docx");
			out.println("RISK_REGISTER_PATH=/plans/" + planId + "/risks?status=all");
			out.println("HEAT_MAP_PATH=/plans/" + planId + "/risks/heat-map?previous=true");
			out.println("DATA_SET='" + installation.plans().size() + " plans, "
					+ installation.plans().stream().mapToInt((p) -> p.programmeIds().size()).sum() + " programmes, "
					+ installation.rows().get("action") + " actions, " + installation.rows().get("measure")
					+ " measures, " + installation.rows().get("measure_value") + " measure values, "
					+ installation.rows().get("highlight_report") + " reports, " + installation.rows().get("risk")
					+ " risks; " + installation.totalRows() + " rows'");
		}
	}

}
