package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;

import java.time.LocalDate;

import static org.waymark.demo.DemoReports.Q2_END;
import static org.waymark.demo.DemoReports.Q2_LABEL;
import static org.waymark.demo.DemoReports.Q3_END;
import static org.waymark.demo.DemoReports.Q3_LABEL;
import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.MeasureTable.value;
import static org.waymark.measure.MeasureUnit.COUNT;
import static org.waymark.measure.MeasureUnit.NARRATIVE;
import static org.waymark.measure.MeasureUnit.PERCENT;
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
 * Programme 7, "Embedding a Think Family Approach across the Workforce": Year 2 Q3
 * highlight report.
 */
final class Programme7Report {

	static final String STATUS_AS_WRITTEN = "Amber";

	/**
	 * The executive summary leaves this programme's reason blank, and the report's copy
	 * was split into columns in the PDF with its first line and some line ends lost; what
	 * survives is joined up here and the gaps are marked […].
	 */
	static final String REASON = "[…] concept. Final Task and Finish Group meeting […] order to co-produce a final "
			+ "draft of the Think Family […] to the Workforce Board for sign off early 2018. Continuous qualified "
			+ "social worker recruitment and retention challenges which […] continued discussion about creativity in "
			+ "attracting SWs";

	private Programme7Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		LocalDate reportDate = LocalDate.of(2018, 1, 12);
		HighlightReport report = DemoReports.draft(cypp.programme(7), cypp.latestReported(), reportDate, Rag.AMBER,
				STATUS_AS_WRITTEN, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"Think Family Task and Finish Group is continuing. Draft Think Family Strategy in co-production. "
						+ "Continued collaboration with other agencies involved in working with vulnerable families. "
						+ "Formulation of a survey to establish blocks to Think Family across all partner organisations. "
						+ "Identification of priorities in the strategy that will be the outcomes to be adopted.",
				"Continued focus on increasing the establishment of permanent social workers, in particular ASYEs with a "
						+ "view to growing our own.",
				"Programme 7 Case Study 'Young Carers Think Family'"));
		DemoReports.write(report, SLIPPAGE, bullets(
				"Continued difficulties with engaging the appropriate level within Avon and Somerset Constabulary. This "
						+ "might have been resolved. If not, we have a back-up plan involving Cllr Taylor.",
				"Difficulties with reaching target numbers of permanent experienced social workers due to national "
						+ "shortage continue."));
		DemoReports.write(report, NEXT_PERIOD, bullets(
				"Completion of Think Family Strategy including sign off from the Workforce Board.",
				"Develop Business case for Whole Family Working training for front line staff and managers by end of "
						+ "February 2018. To be piloted in Children's Services in the forward year.",
				"Aspiring Team Manager Programme available to create career pathways for internal staff and enable us to "
						+ "recruit up to 16 additional ASYE posts.",
				"Systemic Leadership and Systemic Supervision Programmes are underway and have a Think Family focus. "
						+ "Feedback and learning to be collated.",
				"Development of retention strategy to ensure we retain the skills and experience post Ofsted."));
		DemoReports.write(report, RISKS, bullets(
				"Time taken to develop a genuine collaborative approach to Think Family.",
				"Communications Plan not yet developed and will need to ensure that it is sufficiently robust to be "
						+ "applicable across the partnerships.",
				"If recruitment and retention are not managed sustained this will negatively impact the improvement "
						+ "journey."));
		DemoReports.write(report, ISSUES, bullets("Slow progress.", "Engagement from partners.",
				"Social Worker/getset recruitment and retention " + "concerns."));
		DemoReports.write(report, VARIANCES, bullets("Although progress is slow there is confidence that we will meet "
				+ "the action deadlines within the first three months of 2018."));
		DemoReports.nilReturn(report, DECISIONS_REQUIRED);

		report.addCaseStudy("Young Carers Think Family", "Attached to the highlight report; its contents are not in "
				+ "the committee pack and are not held in Waymark.");

		measures(new MeasureTable(entityManager, report));
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.LEAD7_USERNAME, reportDate);
	}

	private static void measures(MeasureTable table) {
		// Several cells give a second figure ("7 further names in the pipeline"); the
		// number is the
		// one the measure counts.
		table
			.row("Recruit 30 Assisted & Supported Year in Employments (ASYE) to Fieldwork Teams in 2017/18", COUNT,
					HIGHER_IS_BETTER, 0)
			.target("30", "Recruit 30 Assisted & Supported Year in Employments (ASYE) to Fieldwork Teams in 2017/18")
			.current(value("since start of April 2017", Q3_END,
					"25 Placed since start of April 2017. 7 further names in the pipeline.", "25"))
			.previous(value(Q2_LABEL, Q2_END, "15 placed and 17 in the pipeline to be placed", "15"))
			.add();
		table
			.row("Aim to provide 35-50 student placements at levels 2 and 3 in 2017/18 Conversion of 60% of students "
					+ "to ASYE", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("April 2017/ April 2018", Q3_END,
					"Overall 44 student placements offered from April 2017/ April 2018 20 student placements 10 cohort "
							+ "5 Step Up Students starting January 18 – 1st placement will begin in Feb 18 14 Open "
							+ "University Social Work degree students beginning placements in Feb 18 (5 Year 2's, 8 Year "
							+ "3's and 1 PGDip) 75% of cohort 4 Step Up now on ASYE 100% of OU 2017 completers now on "
							+ "ASYE",
					null))
			.previous(value(Q2_LABEL, Q2_END,
					"19 student placements 10 cohort 5 Step Up Students starting January 2018 14 Open University SW "
							+ "degree students commencing this month 75% of cohort 4 Step Up now on ASYE",
					null))
			.add();
		// Now counted for frontline social workers, before for all qualified social work
		// roles.
		table.row("75% permanent workforce in 2017/18", PERCENT, HIGHER_IS_BETTER, 1)
			.target("75", "75% permanent workforce in 2017/18")
			.current(value(Q3_LABEL, Q3_END,
					"61% (frontline Social Workers) anticipating reaching 75% in September (Y3 Q2)", "61")
				.definitionChanged())
			.previous(value(Q2_LABEL, Q2_END, "67.8% (all SW qualified roles)", "67.8"))
			.add();
		table.row("Average caseload of 14", COUNT, LOWER_IS_BETTER, 2)
			.target("14", "Average caseload of 14")
			.current(value(Q3_LABEL, Q3_END, "17.79", "17.79"))
			.previous(value(Q2_LABEL, Q2_END, "16.47", "16.47"))
			.add();
		table.row("12% staff turnover target", PERCENT, LOWER_IS_BETTER, 2)
			.target("12", "12% staff turnover target")
			.current(value(Q3_LABEL, Q3_END, "13.32% (all Social Worker qualified roles)", "13.32"))
			.previous(value(Q2_LABEL, Q2_END, "11.34% (all SW qualified roles)", "11.34"))
			.add();
		// The previous cells of the next two rows hold only arrow glyphs.
		table
			.row("Vulnerable young people and families are more emotionally resilient and capable of resolving "
					+ "problems including being directly involved in helping themselves and encouraged to help others "
					+ "through volunteering or peer mentoring", NARRATIVE, NEITHER, 0)
			.current(value(Q3_LABEL, Q3_END,
					"Significant number of resources provided to this group and support coordinated across the service",
					null))
			.add();
		table
			.row("Number of young carers of parents with mental health problems and drug and alcohol problems have "
					+ "access to advice and support and know how to call for help when needed", COUNT, HIGHER_IS_BETTER,
					0)
			.target(null, "All identified in target group")
			.current(value("to date", Q3_END, "Targeted work with 47 individuals identified to date", "47"))
			.add();
		table
			.row("Troubled Families data warehouse identifies vulnerable families (Tableau) to ensure data sets align "
					+ "to identify vulnerable groups", NARRATIVE, NEITHER, 0)
			.current(value(Q3_LABEL, Q3_END,
					"This has been rolled out to external partners through Professional Choices", null))
			.add();
		table.row("All professionals and staff who work with adults and children and young people understand the "
				+ "concept of 'think family' and are alert to the effects of adult behaviours on children and young "
				+ "people and know how to take action to respond appropriately", NARRATIVE, NEITHER, 0)
			.target(null, "Think Family Strategy in place and implemented")
			.current(value(Q3_LABEL, Q3_END, "Think Family Strategy in co-production. Anticipated completion 26/01/18",
					null))
			.previous(value(Q2_LABEL, Q2_END, "Think Family Strategy in co-production", null))
			.add();
	}

}
