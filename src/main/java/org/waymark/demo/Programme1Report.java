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
import static org.waymark.demo.DemoText.paragraphs;
import static org.waymark.demo.MeasureTable.noFigure;
import static org.waymark.demo.MeasureTable.value;
import static org.waymark.measure.DataStatus.AWAITING_DATA;
import static org.waymark.measure.DataStatus.NOT_YET_AVAILABLE;
import static org.waymark.measure.MeasureUnit.COUNT;
import static org.waymark.measure.MeasureUnit.PERCENT;
import static org.waymark.measure.MeasureUnit.RATE_PER_1000;
import static org.waymark.measure.MeasureUnit.RATE_PER_100000;
import static org.waymark.measure.Polarity.HIGHER_IS_BETTER;
import static org.waymark.measure.Polarity.LOWER_IS_BETTER;
import static org.waymark.report.SectionType.ACHIEVEMENTS;
import static org.waymark.report.SectionType.DECISIONS_REQUIRED;
import static org.waymark.report.SectionType.ISSUES;
import static org.waymark.report.SectionType.NEXT_PERIOD;
import static org.waymark.report.SectionType.RISKS;
import static org.waymark.report.SectionType.SLIPPAGE;
import static org.waymark.report.SectionType.VARIANCES;

/**
 * Programme 1, "Supporting children, families and communities to be more resilient": Year
 * 2 Q3 highlight report.
 */
final class Programme1Report {

	/**
	 * The reason as the executive summary gives it: the highlight report's own reason
	 * lost whole phrases when its columns were extracted from the PDF, and the summary
	 * restates it cleanly.
	 */
	static final String REASON = paragraphs(
			"The majority of actions have now completed or will complete by March 2018.",
			bullets("the progress with the West Somerset Opportunity Area work underway with a published plan and a "
					+ "budget",
					"Work on an improved platform is underway that will enable greater functionality for children and "
							+ "families using the local offer. This is likely to slip into year 3",
					"Ongoing development and clarity for families on the availability and use of personal budgets to "
							+ "support Education, Health and Care plans"),
			"However, the improvement to the Local Offer, the plan for improved advocacy to parents and the development "
					+ "of a charter mark for inclusive communities have not developed as quickly as anticipated and are "
					+ "likely to roll into year 3, and the ongoing development of personalised budgets.");

	private Programme1Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		LocalDate reportDate = LocalDate.of(2018, 1, 12);
		HighlightReport report = DemoReports.draft(cypp.programme(1), cypp.latestReported(), reportDate, Rag.GREEN,
				DemoReports.ON_TRACK, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"The action against the West Somerset Opportunity Area has gone green as the plan has now been published "
						+ "by the Department for Education (DfE) with an allocation of £700k in year one. Activities to "
						+ "support each of the 4 priority areas have commenced including training for early years "
						+ "practitioners and a school holiday nutrition project.",
				"The work towards personalised budgets has been achieved and is therefore green. The Statement of Intent "
						+ "has been approved to agree that each partner continues to apply their own personal budget "
						+ "process against the overarching statement of intent. The health process is still in draft; "
						+ "however the education process has commenced and is now aligning to the Children's social care "
						+ "process including financial procedures. Due to legal processes it has been agreed that one "
						+ "single policy would not be workable and the DfE has confirmed that there is no local authority "
						+ "who works to one strategy. The Statement of intent was co-produced by each of the education, "
						+ "health and care partners and the Somerset Parent Carer Forum. It is suggested that Year 3's "
						+ "plan should include an action to fully embed the personalisation process which should be "
						+ "reflected in the numbers of families, children and young people with Special Educational Needs "
						+ "and Disabilities (SEND) accessing personal budgets.",
				"Trustee Week in November gave a workshop of 34 prospective school governors which was well received and "
						+ "a request for future events, especially for early years.",
				"The Centre for Sustainable Energy (CSE) has now reported that the proportion of Somerset households in "
						+ "fuel poverty has decreased for the first time in 4 years, from 12.4 % in 2014 to 11.6% in 2015 "
						+ "(latest reporting dates from central government). It is suggested that in year 3 of the "
						+ "Children and Young People's Plan (CYPP) we continue to implement the support to low income and "
						+ "fuel poor households.",
				"Feedback on quality of health provision to children and young people with SEND is now collected in the "
						+ "twice annually held multi agency Education, Health and Care Plan (EHCP) moderation events "
						+ "attended by young people, professionals and parents."));
		DemoReports.write(report, SLIPPAGE, bullets(
				"The work on redefining and improving the SEND local offer, due to complete in Sept 17, has been delayed "
						+ "due to a new platform being developed with an expectation of completion in Year 3 of this CYPP "
						+ "(as reported by the SEND priority 4 Participation); therefore, as the portal is now set up the "
						+ "target date has been moved to March 2018 and the progress is reported as amber.",
				"Work on the Inclusive Communities Charter mark has not yet commenced.",
				"Work on advocacy to parents of vulnerable children has not yet commenced."));
		DemoReports.write(report, NEXT_PERIOD, bullets(
				"Key Cabinet decision for West Somerset Opportunity Area (WSOA) grant spend awaited in January 2018",
				"Planning for Voluntary and Community Sector Engagement (VCSE) Strategic Forum Leaders Conference in May "
						+ "2018 with a theme of 'Inspiring Social Action'",
				"Public health campaigns to tackle the new healthier snacks initiative to prevent childhood obesity.",
				"Awaiting guidance on what the new FLEX (Flexible Eligibility) offer for local authorities referring low "
						+ "income and fuel poor households to additional support from suppliers.",
				"Awaiting completion of new Local Offer platform; due to go live in Year 3 of the Children and Young "
						+ "People's Plan 2016-19."));
		DemoReports.nilReturn(report, RISKS);
		DemoReports.write(report, ISSUES, bullets(
				"The work to commence a Charter Mark for Inclusive Communities has been delayed due to a vacancy of the "
						+ "Assistant Director for Inclusion. Interviews are scheduled for Quarter 4. There are a number of "
						+ "current schemes for adults including the Avon & Somerset Constabulary 'Safe Places' and the "
						+ "'Disability Confident' scheme run by Safer Somerset Partnership which may be replicable for "
						+ "vulnerable children and young people.",
				"The work to develop a plan to strengthen and promote advocacy for parents, piloting in west Somerset, is "
						+ "progressing but will not meet the March 2018 target."));
		DemoReports.nilReturn(report, VARIANCES);
		DemoReports.write(report, DECISIONS_REQUIRED, "That the Somerset Childrens Trust supports the progress of "
				+ "Programme 1 and highlights and actions required for year 3.");

		measures(new MeasureTable(entityManager, report));
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.LEAD_USERNAME, reportDate);
	}

	private static void measures(MeasureTable table) {
		table.heading("1. Provide information, advice, tools for families to help themselves");
		table.row("Number of visits to Somerset Choices Website", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("R12 months ending December 17", Q3_END, "42,760 (R12 months ending December 17)", "42760"))
			.previous(
					value("R12 months ending September 17", Q2_END, "39,177 (R12 months ending September 17)", "39177"))
			.add();
		table.row("Number of providers/services listed on Somerset Choices Website", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("December 2017", Q3_END, "1154 Providers 118 services (December 2017)", null))
			.previous(value("September 2017", Q2_END, "1170 providers 106 services (September 2017)", null))
			.add();
		table.row("Infant mortality", RATE_PER_1000, LOWER_IS_BETTER, 1)
			.comparator("England average", "3.9", "2014–2016")
			.current(value("2014-2016", LocalDate.of(2016, 12, 31),
					"4 deaths per 1,000 live births (66 infants) 2014-2016", "4")
				.fraction("66", null))
			.previous(value("2013-2015", LocalDate.of(2015, 12, 31),
					"4.2 deaths per 1000 live births (70 infants) (2013-2015)", "4.2")
				.fraction("70", null))
			.add();
		// Detection is what the national target rewards: more testing finds and treats
		// more infection.
		table.row("Chlamydia detection rate", RATE_PER_100000, HIGHER_IS_BETTER, 0)
			.target("1900", "Annual National Target = 1,900")
			.current(value("2016", LocalDate.of(2016, 12, 31), "1,815 per 100,000 (1,056 people) 2016", "1815")
				.fraction("1056", null))
			.previous(value("2015", LocalDate.of(2015, 12, 31), "1,532 per 100,000 (904 people) 2015", "1532")
				.fraction("904", null))
			.add();
		table.row("Teenage pregnancy rates", RATE_PER_1000, LOWER_IS_BETTER, 1)
			.comparator("England Average", "20.8", null)
			.current(value("2015", LocalDate.of(2015, 12, 31), "17.1 per 1,000 females under 18 2015", "17.1"))
			.previous(value("2014", LocalDate.of(2014, 12, 31),
					"17.2 per 1000 females aged under 18 (169 conceptions) 2014", "17.2")
				.fraction("169", null))
			.add();
		// Take-up is the aim of the personalisation work the report describes.
		table.row("Take up of personal budgets for children with disabilities", COUNT, HIGHER_IS_BETTER, 0)
			.current(value("as at month 9", Q3_END, "209 [as at month 9]", "209"))
			.previous(value("as at month 6", Q2_END, "214 [as at month 6]", "214"))
			.add();

		table.heading("2. Supporting parents in their role");
		table.row("Number of Parents attending and completing targeted parenting programme", COUNT, HIGHER_IS_BETTER, 0)
			.current(noFigure(AWAITING_DATA, Q3_LABEL, Q3_END, "Awaiting updated data"))
			.previous(value("year to date", Q2_END, "390 year to date", "390"))
			.add();

		table.heading("3. Supporting Communities in the third sector");
		table
			.row("Increased number of employment and training opportunities for vulnerable groups e.g. leaving care.",
					COUNT, HIGHER_IS_BETTER, 0)
			.current(value("December 2017", Q3_END,
					"22 young people have taken up work experience, traineeships and apprenticeships. (December 2017)",
					"22"))
			.previous(value("September 2017", Q2_END,
					"9 young people have taken up work experience, traineeships and apprenticeships. (September 2017)",
					"9"))
			.add();
		table
			.row("% of children in west Somerset achieving a GLD at the end of the EYFS stage", PERCENT,
					HIGHER_IS_BETTER, 1)
			.current(value("2016/17", LocalDate.of(2017, 8, 31), "65% (2016/17)", "65"))
			.previous(value("2015/16", LocalDate.of(2016, 8, 31), "56.9% (2015/16)", "56.9"))
			.add();
		// The cells give west Somerset's figure beside England's; the number is west
		// Somerset's and
		// England's figure for the current year is the comparator.
		table
			.row("KS 2 attainment in west Somerset compared to national average - % pupils reaching the expected "
					+ "standard in reading, writing and maths", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("England", "61", "2016/17")
			.current(value("2016/17", LocalDate.of(2017, 8, 31), "West Somerset 49.8% England 61% 2016/17", "49.8"))
			.previous(value("2015/16", LocalDate.of(2016, 8, 31), "West Somerset 47.2% England 53% 2015/16", "47.2"))
			.add();
		// 2017 counts grade 5 or better, 2016 grade C or better: the report changed the
		// measure's basis.
		table.row("KS4 attainment in west Somerset compared to national average", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("England", "39.1", "2016/17")
			.current(value("2016/17", LocalDate.of(2017, 8, 31),
					"West Somerset 43.0% England 39.1% 2016/17 graded 5 or better at GCSE in both English and Maths "
							+ "(2017)",
					"43.0")
				.definitionChanged())
			.previous(value("2015/16", LocalDate.of(2016, 8, 31),
					"West Somerset 57.0% England 59.3% 2015/16 graded C or better at GCSE in both English and Maths",
					"57.0"))
			.add();
		table.row("Level of participation in west Somerset 16-18 year olds", PERCENT, HIGHER_IS_BETTER, 1)
			.current(value("December 2017", Q3_END, "86.9% (December 2017", "86.9"))
			.previous(value("September 2017", Q2_END, "90.1% (September 2017)", "90.1"))
			.add();
		table.row("Number of volunteers recruited in SCC", COUNT, HIGHER_IS_BETTER, 0)
			.target(null, "Getset = 82 Leaving Care = 10 Short Breaks = 10 Young Carers = 24")
			.current(value("November 2017", LocalDate.of(2017, 11, 30),
					"Getset = 42 Leaving Care = 2 Short Breaks = 5 Young Carers = 14 SEND Unstoppables = 7 November 2017",
					null))
			.previous(value("September 2017", Q2_END,
					"Getset = 37 Leaving care = 2 Short breaks = 3 Young carers = 14 SEND Unstoppables = 1 September "
							+ "2017",
					null))
			.add();
		table.row("Volunteer satisfaction rate", PERCENT, HIGHER_IS_BETTER, 0)
			.current(noFigure(NOT_YET_AVAILABLE, Q3_LABEL, Q3_END, "Survey due to be repeated in 2018"))
			.previous(value("April 2016 to June 2017", LocalDate.of(2017, 6, 30),
					"100% of volunteers said they are happy in their current role (36 volunteers responded since "
							+ "April 2016 to June 2017)",
					"100"))
			.add();
		// The previous cell is cut off at the foot of the page in the pack ("... in
		// terms").
		table.row("Number of VCS organisations engaged with VCSE forum", COUNT, HIGHER_IS_BETTER, 0)
			.current(value(Q3_LABEL, Q3_END,
					"Around 35 different organisations represented covering County Council, CCG, District Councils, "
							+ "Office for Civil Society, Heart of South West LEP and voluntary sector.",
					null))
			.previous(value(Q2_LABEL, Q2_END, "90% rating forum 7 or higher out of 10 in terms …", null))
			.add();
	}

}
