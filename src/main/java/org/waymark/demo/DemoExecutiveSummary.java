package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.report.ExecutiveSummary;
import org.waymark.report.Rag;

import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.DemoText.paragraphs;

/**
 * The Somerset Children's Trust executive summary for 2017/18 Q3 ("Progress as at: end
 * December 2017"), appendix 1 of the March 2018 scrutiny pack.
 */
final class DemoExecutiveSummary {

	private DemoExecutiveSummary() {
	}

	static ExecutiveSummary load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		ExecutiveSummary summary = new ExecutiveSummary(cypp.latestReported());
		summary.write("end December 2017", OVERALL, ACHIEVEMENTS, SLIPPAGE_ISSUES_RISKS, NEXT_QUARTER,
				DECISIONS_REQUIRED);

		summary.addStatusRow(cypp.programme(1), Rag.GREEN, DemoReports.ON_TRACK, Programme1Report.REASON);
		summary.addStatusRow(cypp.programme(2), Rag.GREEN, DemoReports.ON_TRACK, Programme2Report.REASON);
		summary.addStatusRow(cypp.programme(3), Rag.GREEN, DemoReports.ON_TRACK, Programme3Report.REASON);
		summary.addStatusRow(cypp.programme(4), Rag.GREEN, DemoReports.ON_TRACK, Programme4Report.REASON);
		summary.addStatusRow(cypp.programme(5), Rag.GREEN, DemoReports.ON_TRACK, Programme5Report.REASON);
		// Programme 6 sent no highlight report this quarter, but the summary still rates
		// it.
		summary.addStatusRow(cypp.programme(6), Rag.GREEN, DemoReports.ON_TRACK,
				"The focus for this quarter has been preparation toward and the Ofsted inspection.");
		// The summary gives no reason for Programme 7's status.
		summary.addStatusRow(cypp.programme(7), Rag.AMBER, "This Programme is currently rated as being Amber", null);

		summary.publish(DemoReports.PACK_ISSUED);
		entityManager.persist(summary);
		return summary;
	}

	private static final String OVERALL = paragraphs(
			"This report gives an update on the period October to December 2017 (Quarter 3) of year 2 of the Children & "
					+ "Young People's Plan 2016 – 2019 (CYPP).",
			"There has been some good progress across all seven programmes with significant pieces of activity "
					+ "completed including the Family Support Services public consultation.",
			"Activity this quarter took place in parallel with the month long OFSTED single inspection of Children's "
					+ "Social Care. We await the published report at the end of January 2018 which will focus activity "
					+ "for the last year of this Children & Young People's Plan, and beyond.",
			"At the halfway point of the CYPP the Somerset Children's Trust (SCT) Executive group are reflecting on the "
					+ "strength of the partnership - looking at the values and behaviours set out in the CYPP. With this "
					+ "is mind, the Partnership team interviewed practitioners from all disciplines about their "
					+ "experience of multi-agency working. Overall, the results were positive with partners from all "
					+ "disciplines reporting that joint work had improved – \"services are more willing to share "
					+ "information and come together to discuss issues and solutions; young people appear to be more "
					+ "aware of the value of services working together\" (health partner). A partner from the Libraries "
					+ "service felt that staff are more aware of the benefits of partnership working but cautioned, "
					+ "\"...we don't always have the space and resources to do this. We are very keen to partner other "
					+ "services, but more careful planning is needed to ensure the outcome meets the need\".",
			"Case studies are also evidencing delivery of the Improvement Programme outcomes. Programme 3's Kooth Online "
					+ "Counselling case study demonstrates positive outcomes surrounding improved emotional health and "
					+ "wellbeing in children and young people with low level mental health needs via access to "
					+ "therapeutic support appropriate to their level of need. Please take the time to read this case "
					+ "study on the Programme 3 Highlight report.",
			"The SCT is now preparing to support the forthcoming local area Special Educational Needs and/or "
					+ "Disabilities (SEND) joint inspection which will be the first scrutiny of our SEND provision since "
					+ "the reforms introduced by the Children & Families Act 2014. The preparation activity included a "
					+ "series of conferences for practitioners held in October covering the reforms, our progress against "
					+ "them and the processes and tools needed to continue this improvement. Nearly 400 practitioners "
					+ "took part with excellent feedback. However, an issue around the Early Help process was "
					+ "highlighted at these events and subsequently, the process and the tools were reviewed and clearer "
					+ "early help direction was communicated to practitioners.",
			"Our communication about the progress of the CYPP is improving. We launched The Journey newsletter at the end "
					+ "of Year 1 and it is currently mailed to 600 staff; readership data shows the Quarter 1 and Quarter "
					+ "2 editions of Year 2 were opened by over 90 % of recipients. We are unable to give a total figure "
					+ "as recipients may well forward to their own contacts and networks. The multi-agency Practitioner "
					+ "Champions network meets in a district area on a quarterly basis and has a membership of 65. More "
					+ "recently, they have formed a Yammer group which has had over 450 interactions and usage is "
					+ "growing. Topics discussed at the quarter 2 meeting in Sedgemoor were electively home educated "
					+ "children and the Troubled Families programme.",
			"As Improvement Leads will now be planning to complete Year 2 action plans, a partnership one day workshop "
					+ "is scheduled in January 2018 to include SCT Executive members and leads to produce the Year 3 "
					+ "plans which will be taken in draft for SCT Executive Approval in February 2018. This event will "
					+ "also consider forward planning of the next CYPP from 2019 onwards.");

	private static final String ACHIEVEMENTS = bullets(
			"The consultation on the future delivery of the Family Support Service has been completed and will be used "
					+ "to inform decision making going forward the report will be shared with the multi-agency Early "
					+ "Help Commissioning Board and Children's Scrutiny Committee in January 2018 for final decision by "
					+ "Somerset County Council (SCC) Cabinet in February 2018",
			"A Council for Disabled Children Multi-agency workshop was held in December 2017 for staff to understand how "
					+ "to contribute to a good Education, Health and Care Plan (EHCP) e.g. writing appropriate and "
					+ "quality outcomes.",
			"The Self-harm reduction task and finish group has commenced the development of an action plan.",
			"Programme 4 reports success in the high risk of being NEET (Not in Education, Employment or Training) work "
					+ "where 91% of students remain in their chosen destination.",
			"The Neglect Conference in November 2017 was well attended by over 100 multi-agency delegates. The "
					+ "presentations, associated documents and the learning from the event are being made available on "
					+ "the Somerset Safeguarding Childrens Board. This will remain a high focus in Year 3 in order to "
					+ "monitor improvement in the recognition and response to neglect.",
			"Programme 6 The focus for this quarter has been preparation toward and the Ofsted inspection.",
			"There remains a continued focus on increasing the establishment of permanent social workers, in particular "
					+ "ASYEs with a view to growing our own.");

	private static final String SLIPPAGE_ISSUES_RISKS = bullets(
			"The work on redefining and improving the SEND local offer, due to complete in Sept 2017, has been delayed "
					+ "due to a new platform being developed with an expectation of completion in Year 3 of this CYPP.",
			"The work to commence a Charter Mark for Inclusive Communities has been delayed, pending the appointment of "
					+ "an Assistant Director for Inclusion in January 2018.",
			"The work to develop a plan to strengthen and promote advocacy for parents, piloting in west Somerset, is "
					+ "progressing but is likely to move to Year 3.",
			"Maintaining service delivery within getset and public health nursing, at a time of great change for all the "
					+ "teams is a risk.",
			"Funding is available for a second Psychologist post on the Emotional Health and Wellbeing Team",
			"Professional Choices reports 76 inactive Virtual Meeting Rooms of which 16 (21%) are Team Around the Child "
					+ "(TAC), this data requires further investigation to ascertain why a TAC would become inactive "
					+ "rather than closed showing an outcome",
			"There remains much work across partners to improve support and services for children with SEND. The "
					+ "self-evaluation is being reviewed to inform priority actions in 2018.",
			"School exclusions continue to increase, especially in primary schools and this is being closely monitored "
					+ "by the Somerset Education Partnership Board.",
			"Programme 6 -The focus for this quarter has been preparation toward and the Ofsted inspection.",
			"Programme 7 reports continued difficulties with engaging the appropriate level within Avon and Somerset "
					+ "Constabulary.",
			"Time taken to develop a genuine collaborative approach to Think Family.",
			"If recruitment and retention are not managed in a sustainable way this will negatively impact upon our "
					+ "workforce targets.");

	private static final String NEXT_QUARTER = bullets(
			"Publication of the Ofsted report on the re-inspection of children's services in January 2018.",
			"Key Cabinet decision for West Somerset Opportunity Area (WSOA) grant spend awaited in January 2018.",
			"Decisions to be taken by SCC cabinet regarding the future delivery of the Family Support Service.",
			"To undertake planning of the Health & Well-being survey among children in years 6,8,10 and 12, this will "
					+ "commence in May 2018 and complete in September 2018.",
			"Complete Self-Harm Action Plan draft.",
			"Ongoing work around high needs funding band arrangements for student with SEND.",
			"First phase report of the Young People's Strategy to be completed January 2018 ready for co-production "
					+ "phase.",
			"Completion of Think Family Strategy including sign off from the Workforce Board.");

	private static final String DECISIONS_REQUIRED = bullets("That the SCT Executive notes the progress for all 7 "
			+ "programmes at the end of quarter 3 (year 2 of the CYPP).");

}
