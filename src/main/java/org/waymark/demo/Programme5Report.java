package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;

import java.time.LocalDate;

import static org.waymark.demo.DemoReports.Q2_END;
import static org.waymark.demo.DemoReports.Q3_END;
import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.DemoText.paragraphs;
import static org.waymark.demo.MeasureTable.value;
import static org.waymark.measure.MeasureUnit.COUNT;
import static org.waymark.measure.MeasureUnit.PERCENT;
import static org.waymark.measure.MeasureUnit.RATE_PER_10000;
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

/** Programme 5, "Providing help early and effectively": Year 2 Q3 highlight report. */
final class Programme5Report {

	/**
	 * As the executive summary gives it: the report's own reason was split across columns
	 * in the PDF and its first and last lines were lost.
	 */
	static final String REASON = paragraphs("The action plan is on target to complete by March 2018",
			bullets("Completion of the public consultation on proposed Family Support Services which will inform the "
					+ "next stage of development and decisions",
					"Communication to partners to confirm Somerset's agreed Early Help processes",
					"Ongoing development of the Early Help Performance Dashboard, and specific detailed reports, for "
							+ "partners to understand the effectiveness of our approach."));

	private Programme5Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		LocalDate reportDate = LocalDate.of(2018, 1, 12);
		HighlightReport report = DemoReports.draft(cypp.programme(5), cypp.latestReported(), reportDate, Rag.GREEN,
				DemoReports.ON_TRACK, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"Positive response to the Family Support Services and Childrens Centres consultation in November with "
						+ "nearly 850 responses. A mixed approach of open days and discussion groups to further the "
						+ "consultation and ensure extensive input.",
				"The Young People's Strategy work progressed with a series of consultation events across the county and "
						+ "online survey to determine the needs of vulnerable young people.",
				"The Early Help Case Management System extended to include P2i (Pathways to Independence) with a "
						+ "successful implementation in October 2017.",
				"There has been an improvement in the request for SEND assessments through panel which should support "
						+ "improved SEND processes and a reduction in school exclusions for children and young people "
						+ "with SEND.",
				"The Early Help Area Advisory Boards have commenced work regarding specific locality needs. Sedgemoor "
						+ "have presented their concerns around poverty and debt to the EH Board who are progressing this "
						+ "with the Department of Work and Pensions (DWP).",
				"The progress to identify and support Young Carers is improved with better data, developing training and "
						+ "a new policy now underway. As this progress is yet to be presented to relevant Boards and "
						+ "further data to evidence outcomes is required, it is recommended that this action should roll "
						+ "onto Year 3.",
				"The Neglect Conference in November 2017 was well attended by over 100 multi-agency delegates. The "
						+ "presentations, associated documents and the learning from the event is being made available on "
						+ "the Somerset Safeguarding Childrens Board, however it may be worthwhile retaining this action "
						+ "in Year 3 in order to monitor whether recognition and response to neglect improves via Early "
						+ "Help processes.",
				"Two Early Help Strategic Commissioners were recruited in December 2017 to commence early 2018 with the "
						+ "remit to strengthen Early Help processes and drive the early help approach with partners "
						+ "across Somerset."));
		DemoReports.write(report, SLIPPAGE, bullets("Although no target dates have slipped this quarter it should be "
				+ "noted that actions recently achieved need to be tracked for evidence of outcomes in Year 3."));
		DemoReports.write(report, NEXT_PERIOD, bullets(
				"Result of decisions made regarding the development of the Family Support Services model following SCC "
						+ "Cabinet February 2018.",
				"First phase report of the Young People's Strategy to be completed January 2018 ready for coproduction "
						+ "phase.",
				"Meetings with Avon and Somerset Constabulary to agree use of Professional Choices following a new "
						+ "Information Sharing Agreement."));
		DemoReports.write(report, RISKS, bullets(
				"The most significant risk is around the Family Support Services model, if Cabinet do not approve plans "
						+ "it will delay the progress a key priority of the Children and Young People's Plan.",
				"The data suggests that practitioner's confidence is deteriorating with too much activity being pushed "
						+ "to social care; a number of indicators (contacts to social care and inappropriate contacts) "
						+ "are increasing suggesting a worsening picture. This will be investigated by the new Early Help "
						+ "Commissioner with remedial actions put in place to support practitioners."));
		DemoReports
			.write(report, ISSUES, "Professional Choices data has identified 76 inactive Virtual Meeting Rooms of "
					+ "which 16 (21%) are Team Around the Child (TAC), this data requires further investigation to ascertain "
					+ "why a TAC would become inactive rather than closed showing an outcome.");
		DemoReports.nilReturn(report, VARIANCES);
		DemoReports.write(report, DECISIONS_REQUIRED, "That the Somerset Childrens Trust supports the progress of "
				+ "Programme 5 and supports actions required for year 3 and beyond.");

		measures(new MeasureTable(entityManager, report));
		// The risks section's first point is the programme's key risk on the register.
		DemoReports.nameKeyRisk(entityManager, report);
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.LEAD_USERNAME, reportDate);
	}

	private static void measures(MeasureTable table) {
		table.heading("1. Strengthen early help support for known vulnerable groups");
		String surveyNow = "73.34% of people who answered the survey, reported evidence of changing working practices "
				+ "(knowledge/attitudes/understanding) Sept to Dec 2017.";
		table
			.row("% of Early Help workforce that feels confident in the identification of need for vulnerable groups "
					+ "(SSCB post Training Survey)", PERCENT, HIGHER_IS_BETTER, 2)
			.current(value("Sept to Dec 2017", Q3_END, surveyNow, "73.34"))
			.previous(value("2016/17", LocalDate.of(2017, 3, 31),
					"81% of people reported evidence of changing working practices (knowledge /attitudes/ "
							+ "understanding) 2016/17 Percentage of people responding to the post training survey",
					"81"))
			.add();
		table.row("% of Early Help workforce that feel confident in assessing the risk of poor outcomes and therefore "
				+ "meeting the needs identified for vulnerable groups (where they are best placed to do so) (SSCB post "
				+ "Training Survey)", PERCENT, HIGHER_IS_BETTER, 2)
			.current(value("Sept to Dec 2017", Q3_END, surveyNow, "73.34"))
			.previous(value("2016/17", LocalDate.of(2017, 3, 31),
					"81% of people reported evidence of changing working practices (knowledge /attitudes "
							+ "/understanding) 2016/17 Percentage of people responding to the post training survey",
					"81"))
			.add();

		table.heading("2. Improve quality and consistency of support for families");
		table.row("Inappropriate contacts to social care (No Further Action Contacts)", PERCENT, LOWER_IS_BETTER, 1)
			.current(value("Last 3 months ending 8th January 2018", LocalDate.of(2018, 1, 8),
					"23.4% Last 3 months ending 8th January 2018", "23.4"))
			.previous(value("last 3 months ending 16th October 2017", LocalDate.of(2017, 10, 16),
					"16% last 3 months ending 16th October 2017", "16"))
			.add();
		table.row("Re-referrals to social care (rate per 10,000 population)", RATE_PER_10000, LOWER_IS_BETTER, 2)
			.current(value("rolling 12 months ending December 2017", Q3_END,
					"116.18 rate per 10,000 rolling 12 months ending December 2017", "116.18"))
			.previous(value("rolling 12 months ending September 2017", Q2_END,
					"104.87 rate per 10,000 rolling 12 months ending September 2017", "104.87"))
			.add();
		// Calls for advice, assessments received, open and closed: volumes of work,
		// neither way better.
		table.row("Calls to consultation helpline", COUNT, NEITHER, 0)
			.current(value("last 3 months ending December 2017", Q3_END, "303 last 3 months ending December 2017",
					"303"))
			.previous(value("last 3 months ending September 2017", Q2_END, "177 last 3 months ending September 2017",
					"177"))
			.add();
		table
			.row("Number of Virtual Meeting Rooms set up increases each month (from Sept 16 onwards)", COUNT,
					HIGHER_IS_BETTER, 0)
			.current(value("December 2017", Q3_END, "218 active December 2017", "218"))
			.previous(value("week ending 14th August 2017", LocalDate.of(2017, 8, 14),
					"189 active in the week ending 14th August 2017", "189"))
			.add();
		table.row("Number of practitioners listed in the Who's Who directory", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("as of December 2017", Q3_END, "1433 as of December 2017", "1433"))
			.previous(value("as of September 2017", Q2_END, "1426 as of September 2017", "1426"))
			.add();
		// The previous cell adds "506 claims in progress"; the number is the families
		// claimed for.
		table.row("Number of Troubled Families achieving positive outcomes", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("December 2017", Q3_END,
					"543 families successfully claimed for in the Troubled Families Programme. December 2017", "543"))
			.previous(value("September 2017", Q2_END,
					"336 families successfully claimed for in the Troubled Families Programme with an additional 506 "
							+ "claims in progress September 2017",
					"336"))
			.add();
		table.row("Length of time of open cases (Length of Early Help Assessment episode)", COUNT, NEITHER, 0)
			.current(value("Open cases last 3 months ending December 2017", Q3_END,
					"1-7 days = 11 2-4 weeks = 173 1-3 months = 375 4-6 months = 311 7-12 months = 278 1-2 years = 50 "
							+ "Open cases last 3 months ending December 2017",
					null))
			.previous(value("Open cases last 3 months ending September 2017", Q2_END,
					"1-7 days = 40 2-4 weeks = 92 1-3 months = 389 4-6 months = 423 7-12 months = 316 1-2 years = 44 "
							+ "Open cases last 3 months ending September 2017",
					null))
			.add();
		table.row("Percentage of re-referrals to social care", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("Stat Neighbour Average", "21.07", "2016")
			.current(value("rolling 12 months December 2017", Q3_END, "22.9% rolling 12 months December 2017", "22.9"))
			.previous(value("rolling 12 months September 2017", Q2_END, "22% rolling 12 months September 2017", "22"))
			.add();
		table.row("School attendance rates", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("Primary Stat neighbour", "96.01", "2016")
			.comparator("Secondary Stat neighbour", "94.71", "2016")
			.current(value("9th January 2018", LocalDate.of(2018, 1, 9),
					"96% Primary school 94.4% Secondary school 9th January 2018", null))
			.previous(value("17th October 2017", LocalDate.of(2017, 10, 17),
					"96.7% Primary school 95.4% Secondary school 17th October 2017", null))
			.add();
		table.row("Overall number of EHA's received", COUNT, NEITHER, 0)
			.current(value("last 3 months ending December 2017", Q3_END,
					"1480 contacts to getset in the last 3 months ending December 2017", "1480"))
			.previous(value("last 3 months ending September 2017", Q2_END,
					"1171 contacts to getset in the last 3 months ending September 2017", "1171"))
			.add();
		table.row("Number of EHA open episodes", COUNT, NEITHER, 0)
			.current(value("at the 31st December 2017", Q3_END, "1198 cases open at the 31st December 2017", "1198"))
			.previous(value("at the 30th September 2017", Q2_END, "1304 cases open at the 30th September 2017", "1304"))
			.add();
		table.row("Overall number of EHAs closed", COUNT, NEITHER, 0)
			.current(value("last 3 months ending December 2017", Q3_END,
					"698 episodes have closed over the last 3 months ending December 2017", "698"))
			.previous(value("last 3 months ending September 2017", Q2_END,
					"887 episodes have closed over the last 3 months ending September 2017", "887"))
			.add();
	}

}
