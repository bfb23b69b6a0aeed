package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.measure.Polarity;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.waymark.demo.DemoReports.Q2_END;
import static org.waymark.demo.DemoReports.Q2_LABEL;
import static org.waymark.demo.DemoReports.Q3_END;
import static org.waymark.demo.DemoReports.Q3_LABEL;
import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.MeasureTable.noFigure;
import static org.waymark.demo.MeasureTable.value;
import static org.waymark.measure.DataStatus.NOT_PREVIOUSLY_REPORTED;
import static org.waymark.measure.DataStatus.NOT_YET_AVAILABLE;
import static org.waymark.measure.DataStatus.TIMELINE_BEING_ESTABLISHED;
import static org.waymark.measure.MeasureUnit.COUNT;
import static org.waymark.measure.MeasureUnit.PERCENT;
import static org.waymark.measure.MeasureUnit.RATE_PER_10000;
import static org.waymark.measure.MeasureUnit.RATE_PER_100000;
import static org.waymark.measure.Polarity.HIGHER_IS_BETTER;
import static org.waymark.measure.Polarity.LOWER_IS_BETTER;
import static org.waymark.measure.Polarity.NEITHER;
import static org.waymark.report.SectionType.ACHIEVEMENTS;
import static org.waymark.report.SectionType.DECISIONS_REQUIRED;
import static org.waymark.report.SectionType.ISSUES;
import static org.waymark.report.SectionType.NEXT_PERIOD;
import static org.waymark.report.SectionType.RISKS;
import static org.waymark.report.SectionType.SLIPPAGE;
import static org.waymark.report.SectionType.VARIANCES;

/**
 * Programme 2, "Promoting healthy outcomes and giving children the best start in life":
 * Year 2 Q3 highlight report, and the Q2 status it reports ("We were green last
 * quarter").
 */
final class Programme2Report {

	/**
	 * The report's own wording was split across columns in the PDF ("... remain green for
	 * control ... e on track to deliver all actions"); the executive summary gives the
	 * same reason whole.
	 */
	static final String REASON = "We were green last quarter, we continue to be on track to deliver all actions and so "
			+ "remain green for delivery";

	static final String PREVIOUS_QUARTER_NOTE = "Status carried from the 2017/18 Q3 report ('We were green last "
			+ "quarter'); the Q2 report itself is not held in Waymark.";

	private Programme2Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		LocalDate reportDate = LocalDate.of(2018, 1, 4);
		HighlightReport report = DemoReports.draft(cypp.programme(2), cypp.latestReported(), reportDate, Rag.GREEN,
				DemoReports.ON_TRACK, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"The consultation on the future delivery of the Family Support Service has been completed and will be "
						+ "used to inform decision making going forward – the report will be shared with the "
						+ "multiagency Early Help Board in and Children's Scrutiny in January 2018 and Somerset County "
						+ "Council (SCC) Cabinet in February 2018",
				"Somerset Partnership leading the skill mixing of the Health Visiting workforce",
				"Further training on 'Tuning into Kids' had been delivered to a further 22 staff across schools, SHARE and "
						+ "health visiting. Between September and October there were 893 hits on the parent / carer "
						+ "toolkit",
				"The Yeovil Hospital specialist midwife for stop smoking has now taken on the same role at Musgrove to "
						+ "fill the gap present last quarter.",
				"Quarter 3 'Start the conversation' events/survey around the county led by SCC promoted to primary care "
						+ "and Clinical Commissioning Group (CCG) participated.",
				"Council for Disabled Children Multi-agency workshop 4.12.17 for staff to understand how to contribute "
						+ "to a good Education, Health and Care Plan (EHCP) e.g. writing appropriate and quality "
						+ "outcomes.",
				"Speech and language resources for parents and professionals have been posted onto the parent toolkit."));
		DemoReports.write(report, SLIPPAGE, bullets("Data on Mums2B quitters in Q2 not yet available due to change of "
				+ "database provider delaying reporting – aim to be resolved by Q4"));
		DemoReports.write(report, NEXT_PERIOD, bullets(
				"Engagement with partners regarding the findings of the Family Support Service (FSS) consultation and how "
						+ "they can be involved in the development of the offer.",
				"Decisions to be taken by SCC cabinet regarding the future delivery of the Family Support Service.",
				"Further training of volunteer breastfeeding champions.",
				"Mapping of Tune into Kids / Tune into Teens facilitators to be published on parenting website in April "
						+ "by geography, to enable planning of local courses. 103 CYP staff are trained to deliver this "
						+ "programme across the partnership.",
				"Follow up General Practitioner (GP) pilot of providing information to EHCP application process, with "
						+ "Taunton Deane GP Federation and Harry Yoxall, LMC.",
				"LW organised Council for Disabled Children multi-agency workshop on joint commissioning for "
						+ "SEND/children.",
				"To undertake the Health & Well-being survey among children in years 6,8,10 and 12."));
		DemoReports.write(report, RISKS, bullets("Skill mixing the Health Visiting (HV) workforce has happened more "
				+ "rapidly than planned, which is causing some pressure on service delivery."));
		DemoReports.write(report, ISSUES, bullets("Maintaining service delivery within getset and public health "
				+ "nursing, at a time of great change for all the teams."));
		DemoReports.nilReturn(report, VARIANCES);
		DemoReports.nilReturn(report, DECISIONS_REQUIRED);

		measures(new MeasureTable(entityManager, report));
		// No demo lead is assigned to this programme: the business manager enters its
		// return.
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.ADMIN_USERNAME, reportDate);
	}

	/**
	 * The only fact the documents give about a 2017/18 Q2 report is Programme 2's "We
	 * were green last quarter"; it is recorded so that the Q3 status trend has something
	 * to compare with.
	 */
	static HighlightReport loadPreviousQuarter(EntityManager entityManager, DemoPlan.Cypp cypp) {
		HighlightReport report = new HighlightReport(cypp.programme(2),
				cypp.period(DemoPlan.LATEST_REPORTED.previous()));
		report.setStatus(Rag.GREEN, PREVIOUS_QUARTER_NOTE);
		// Dated with the Q3 report that states it; when the Q2 report was published is
		// not known.
		report.recordAsPublished(PREVIOUS_QUARTER_NOTE,
				LocalDate.of(2018, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC));
		entityManager.persist(report);
		return report;
	}

	private static void measures(MeasureTable table) {
		table.heading("(A) Deliver The Healthy Child Programme (0-19 years) consisting of integrated pathways across "
				+ "maternity, health visiting, school nursing, children's centres, early years settings and schools");
		table.row("Children aged 5 years with one or more decayed missing or filled teeth", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("England average", "24.8", null)
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END, "Data will be available Q1 2018"))
			.previous(value("2014/15", LocalDate.of(2015, 3, 31), "23.1% 2014/15", "23.1"))
			.add();
		table.row("New birth visits conducted by Health Visitor by day 14", PERCENT, HIGHER_IS_BETTER, 0)
			.target("90", "Target = 90%")
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END,
					"Q3 data available in January 2018 post reporting deadline"))
			.previous(value(Q2_LABEL, Q2_END, "85% (Q2)", "85"))
			.add();
		// Perinatal mental health: how many mothers receive a service is activity, not
		// better or worse;
		// admission without the baby is what services try to avoid; a positive experience
		// is the aim.
		perinatal(table, "Number of mothers pre and post-natal receiving support from specialist community mental "
				+ "health services", NEITHER);
		perinatal(table, "Number of mothers admitted to a specialist psychiatric unit without their baby",
				LOWER_IS_BETTER);
		perinatal(table, "Number of mothers reporting a positive experience of mental health support during maternal "
				+ "period", HIGHER_IS_BETTER);
		perinatal(table, "Number of pregnant /postnatal women supported by IAPT (Improving Access to Psychological "
				+ "Therapies) service", NEITHER);

		table.heading("(B) Improve breastfeeding uptake and develop peer support programmes in areas of deprivation");
		table.row("Breastfeeding prevalence at 6-8 weeks", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("England average", "43.2", null)
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END,
					"Q3 data available in January 2018 post reporting deadline"))
			.previous(value("Q2 (2017/18)", Q2_END, "47% Q2 (2017/18)", "47"))
			.add();

		table.heading("(C) Ensure all children and young people and their families have access to health promoting "
				+ "information and activity");
		table.row("Children in reception classified as very overweight", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("England", "9.3", "2015/16")
			.current(value("2016/17", LocalDate.of(2017, 8, 31), "8.7% (2016/17)", "8.7"))
			.previous(value("2015/16", LocalDate.of(2016, 8, 31), "8.4% (2015/16)", "8.4"))
			.add();
		table.row("Children in year 6 classified as very overweight", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("England", "19.8", "2015/16")
			.current(value("2016/17", LocalDate.of(2017, 8, 31), "16.3% (2016/17)", "16.3"))
			.previous(value("2015/16", LocalDate.of(2016, 8, 31), "15.3% (2015/16)", "15.3"))
			.add();
		table.row("Percentage of new mothers smoking at the time of delivery", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("England", "10.6", "2015/16")
			.current(value(Q2_LABEL, Q2_END, "Q2 12.4%", "12.4"))
			.previous(value("Q1 (2017/18)", LocalDate.of(2017, 6, 30), "13.2% Q1 (2017/18)", "13.2"))
			.add();
		table.row("Hospital admissions of 0-14 year olds following injury", RATE_PER_10000, LOWER_IS_BETTER, 1)
			.comparator("England", "104.2", "2015/16")
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END, "Data will be available Q1 2018"))
			.previous(value("2015/16", LocalDate.of(2016, 3, 31), "120.6 per 10,000 1078 children (2015/16)", "120.6")
				.fraction("1078", null))
			.add();

		// Parts of this heading were lost where the PDF's merged cell was split into
		// columns.
		table.heading("(D) Identify and work with children … multiple risky behaviours and engage them in meaningful "
				+ "activity to …");
		table.row("Percentage of schools engaging in health and wellbeing survey", PERCENT, HIGHER_IS_BETTER, 0)
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END, "Next survey to be undertaken in 2018"))
			.add();
		table
			.row("Percentage of schools undertaking an intervention to improve the health and wellbeing of their "
					+ "children – based on survey findings", PERCENT, HIGHER_IS_BETTER, 0)
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END, "Next survey to be undertaken in 2018"))
			.previous(noFigure(NOT_PREVIOUSLY_REPORTED, Q2_LABEL, Q2_END, "Not previously reported"))
			.add();
		// Detection is what the national target rewards. The previous cell holds only an
		// arrow glyph.
		table.row("Chlamydia detection rate among 15-24 year olds", RATE_PER_100000, HIGHER_IS_BETTER, 0)
			.target("2300", "National Target 2,300/100,000")
			.current(value("Q1 to Q3 2017", LocalDate.of(2017, 9, 30), "1,845 per 100,000 (Q1 to Q3 2017)", "1845"))
			.add();

		// The report puts "To be developed by Choices for Life Panel and reported in due
		// course" across
		// both value columns of these rows; it is read as the current position.
		table.heading("(E) Improve health and well-being outcomes for children and young people with Special "
				+ "Education Needs & Disabilities");
		choicesForLife(table, "Number of young people at year 9 identified as requiring support through transition");
		choicesForLife(table, "Number of young people allocated to Adult Social Care from 16");
		table
			.row("Percentage of young people successfully transitioning to adult services at the appropriate time",
					PERCENT, HIGHER_IS_BETTER, 0)
			.current(noFigure(TIMELINE_BEING_ESTABLISHED, Q3_LABEL, Q3_END,
					"To be developed by Choices for Life Panel and reported in due course"))
			.add();
	}

	private static void perinatal(MeasureTable table, String name, Polarity polarity) {
		table.row("Perinatal & infant mental health: " + name, COUNT, polarity, 0)
			.current(noFigure(TIMELINE_BEING_ESTABLISHED, Q3_LABEL, Q3_END, "Reporting timeline being established"))
			.previous(noFigure(NOT_PREVIOUSLY_REPORTED, Q2_LABEL, Q2_END, "Not previously reported"))
			.add();
	}

	private static void choicesForLife(MeasureTable table, String name) {
		table.row(name, COUNT, NEITHER, 0)
			.current(noFigure(TIMELINE_BEING_ESTABLISHED, Q3_LABEL, Q3_END,
					"To be developed by Choices for Life Panel and reported in due course"))
			.add();
	}

}
