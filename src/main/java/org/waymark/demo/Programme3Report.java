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
import static org.waymark.measure.MeasureUnit.PERCENT;
import static org.waymark.measure.Polarity.HIGHER_IS_BETTER;
import static org.waymark.measure.Polarity.NEITHER;
import static org.waymark.report.SectionType.ACHIEVEMENTS;
import static org.waymark.report.SectionType.DECISIONS_REQUIRED;
import static org.waymark.report.SectionType.ISSUES;
import static org.waymark.report.SectionType.NEXT_PERIOD;
import static org.waymark.report.SectionType.RISKS;
import static org.waymark.report.SectionType.SLIPPAGE;
import static org.waymark.report.SectionType.VARIANCES;

/**
 * Programme 3, "Improving Emotional Health and Wellbeing": Year 2 Q3 highlight report.
 */
final class Programme3Report {

	/**
	 * The report words its status "Progressing", which is not a RAG rating; the executive
	 * summary for the same quarter rates the programme "on track to meet target dates for
	 * all actions by March 2018", i.e. green.
	 */
	static final String STATUS_AS_WRITTEN = "Progressing";

	static final String REASON = "All actions progressing in accordance with timescales.";

	private Programme3Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		LocalDate reportDate = LocalDate.of(2018, 1, 5);
		HighlightReport report = DemoReports.draft(cypp.programme(3), cypp.latestReported(), reportDate, Rag.GREEN,
				STATUS_AS_WRITTEN, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"Local Transformation Plan for Children and Young People's Mental Health has been published on the "
						+ "Clinical Commissioning Group (CCG) website.",
				"Clinical Psychologist on the Emotional Health and Wellbeing Team has commenced in post",
				"New project launched in Cheddar which provides counselling and support for young people in the local "
						+ "area.",
				"Self-harm reduction task and finish group progressing well with the development of an action plan.",
				"Programme 3 Case Study 'Kooth Online Counselling': Case Study Q3.docx"));
		DemoReports.write(report, SLIPPAGE, bullets(
				"Funding is still available for a second Psychologist post on the Emotional Health and Wellbeing Team."));
		DemoReports.write(report, NEXT_PERIOD,
				bullets("Continue to develop data flows across services.", "Complete Self-Harm Action Plan draft.",
						"Decision to be made about Psychologist post on the Emotional Health and Wellbeing Team."));
		DemoReports.write(report, RISKS, "Work being carried out by health, education, social care and other sectors "
				+ "such as the voluntary sector needs to be joined up and carried out in partnership otherwise there is a "
				+ "risk of duplication or gaps in overall provision which could prevent children and young people's "
				+ "outcomes being met.");
		DemoReports.write(report, ISSUES, bullets(
				"Recruitment issues continue to leave some gaps in the system however these gaps have significantly "
						+ "reduced over the past year and are currently not reported as significantly impacting on "
						+ "overall service delivery.",
				"Quality and quantity of data being shared for children and young people mental health and emotional "
						+ "wellbeing services across the system need to be improved."));
		DemoReports.nilReturn(report, VARIANCES);
		DemoReports.write(report, DECISIONS_REQUIRED, "To note progress and next period's actions.");

		// The case study was attached as a Word file whose contents are not in the pack;
		// only what the
		// executive summary says about it is known.
		report.addCaseStudy("Kooth Online Counselling", "Attached to the highlight report as 'Case Study Q3.docx'; "
				+ "the file's contents are not in the committee pack and are not held in Waymark. The Q3 executive "
				+ "summary says: \"Programme 3's Kooth Online Counselling case study demonstrates positive outcomes "
				+ "surrounding improved emotional health and wellbeing in children and young people with low level "
				+ "mental health needs via access to therapeutic support appropriate to their level of need.\"");

		measures(new MeasureTable(entityManager, report));
		// No demo lead is assigned to this programme: the business manager enters its
		// return.
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.ADMIN_USERNAME, reportDate);
	}

	private static void measures(MeasureTable table) {
		table.row("Number of Mental Health First Aid courses", COUNT, HIGHER_IS_BETTER, 0)
			.target(null, "All secondary schools")
			.current(value(Q3_LABEL, Q3_END, "2 schools providing training- 34 staff trained", null))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 2 schools providing training - 32 staff trained", null))
			.add();
		table.row("Increase numbers trained through Emotion Coaching", COUNT, HIGHER_IS_BETTER, 0)
			.current(value(Q3_LABEL, Q3_END, "326", "326"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 300", "300"))
			.add();
		table
			.row("Increase unique hits on parent information pages on Public Health CYP website", COUNT,
					HIGHER_IS_BETTER, 0)
			.current(value(Q3_LABEL, Q3_END, "893", "893"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 603", "603"))
			.add();

		// The CAMHS referral-to-treatment rows came out of the PDF interleaved; they are
		// rebuilt from
		// the repeated fragments. The first row's current cell holds three figures ("Q1-
		// 731 Q2- 690
		// Q2- 86.3%") and is kept as text.
		table.row("Referral to treatment times for CAMHS routine referrals", PERCENT, HIGHER_IS_BETTER, 1)
			.target("95", "95% assessed within 8 weeks")
			.current(value(Q3_LABEL, Q3_END, "Q1- 731 Q2- 690 Q2- 86.3%", null))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 83%", "83"))
			.add();
		table.row("Referral to treatment times for CAMHS routine referrals", PERCENT, HIGHER_IS_BETTER, 1)
			.target("95", "95% starting treatment within 18 weeks")
			.current(value(Q3_LABEL, Q3_END, "99.4%", "99.4"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 99.4%", "99.4"))
			.add();
		table.row("Referral to treatment times for CAMHS emergency referrals", PERCENT, HIGHER_IS_BETTER, 1)
			.target("95", "95% seen within 24 hours")
			.current(value(Q3_LABEL, Q3_END, "100%", "100"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 100%", "100"))
			.add();
		table.row("Referral to treatment times for CAMHS urgent referrals", PERCENT, HIGHER_IS_BETTER, 1)
			.target("95", "95% seen within 7 days")
			.current(value(Q3_LABEL, Q3_END, "100%", "100"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 100%", "100"))
			.add();

		// Kooth is commissioned to reach young people ("No maximum"), so more
		// registrations and more
		// counselling are better.
		table.row("Number of young people registered with Kooth online counselling", COUNT, HIGHER_IS_BETTER, 0)
			.target(null, "No maximum")
			.current(value(Q3_LABEL, Q3_END, "203", "203"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 166", "166"))
			.add();
		table.row("Number of young people receiving online counselling through Kooth", COUNT, HIGHER_IS_BETTER, 0)
			.target(null,
					"100 hours of counselling to be delivered/month (can include repeat sessions for same young "
							+ "person)")
			.current(value(Q3_LABEL, Q3_END, "50", "50"))
			.previous(value(Q2_LABEL, Q2_END, "Q2: 46", "46"))
			.add();
		// Demand for the child sexual abuse service, and the advice it gives, are
		// activity: neither way is better.
		table
			.row("Number of 'requests for support' made to Phoenix service (Child Sexual Abuse support service)", COUNT,
					NEITHER, 0)
			.current(value(Q3_LABEL, Q3_END, "32 children being seen", "32"))
			.previous(value("Q1 (2017/18)", LocalDate.of(2017, 6, 30), "82 Q1 (2017/18)", "82"))
			.add();
		table.row("Number of consultations provided by Phoenix service to professionals", COUNT, NEITHER, 0)
			.current(value(Q3_LABEL, Q3_END, "60", "60"))
			.previous(value("Q1 (2017/18)", LocalDate.of(2017, 6, 30), "6 Q1 (2017/18)", "6"))
			.add();
	}

}
