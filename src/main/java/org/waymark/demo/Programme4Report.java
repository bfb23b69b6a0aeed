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
import static org.waymark.demo.MeasureTable.noFigure;
import static org.waymark.demo.MeasureTable.value;
import static org.waymark.measure.DataStatus.AWAITING_DATA;
import static org.waymark.measure.MeasureUnit.COUNT;
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

/** Programme 4, "Building Skills for Life": Year 2 Q3 highlight report. */
final class Programme4Report {

	static final String STATUS_AS_WRITTEN = "The programme is currently rated as being on track to meet target dates "
			+ "for all actions by March 2018";

	/**
	 * As the executive summary gives it; the report's copy lost its right-hand columns in
	 * the PDF.
	 */
	static final String REASON = bullets(
			"Fifteen schools inspected this quarter – 1 judged Outstanding, 10 judged as Good, 3 judged as Requiring "
					+ "Improvement and 1 judged as Inadequate",
			"Team Around the School (TAS) development plan on target",
			"Review of Education Vision priorities and targets on track",
			"Revised approach for Schools causing Concern Group meetings in place from January",
			"Review of Parent and Family Support Advisor (PFSA) funding and management arrangements on track for "
					+ "implementation September 2018");

	/**
	 * The report leaves its date blank; it is taken as submitted on the returns deadline.
	 */
	private static final LocalDate SUBMITTED_ON = LocalDate.of(2018, 1, 12);

	private Programme4Report() {
	}

	static HighlightReport load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		HighlightReport report = DemoReports.draft(cypp.programme(4), cypp.latestReported(), null, Rag.GREEN,
				STATUS_AS_WRITTEN, REASON);

		DemoReports.write(report, ACHIEVEMENTS, bullets(
				"Transition Panels – last year 913 students at High Risk of being NEET (Not in Education, Employment or "
						+ "Training) from across our mainstream schools and Pupil Referral Unit's (PRUs) were discussed "
						+ "and as of December 91% were still in their chosen destination. Every early leaver is being "
						+ "referred to the Focus Five re-engagement programme offered through 'Building Better "
						+ "Opportunities. Since October have also rolled out programme of including Children Looked After "
						+ "(CLA), Youth Offending Team (YOT) and Special Schools (for students from year 9) in Transition "
						+ "Panels",
				"Parent and Family Support Advisor (PFSA) Working Group agreed principles to underpin future delivery of "
						+ "service from September 2018 and reviewed formula for funding allocation",
				"Council for Disabled Children Audit completed in relation to SEND provision to inform action planning "
						+ "and support preparation for inspection",
				"All families home educating children who may be vulnerable (e.g. Children in Need, Troubled Families "
						+ "programme) contacted and where appropriate visited to assess suitability of provision being "
						+ "made. Action being taken where concerns identified.",
				"Impact of 16/17 Collaborative Improvement Bids (CIB) reported to Somerset Education Partnership Board "
						+ "(SEPB) – KS2 Maths programme particularly effective",
				"Funding allocated for 17/18 Collaborative Improvement Bids (CIBs)", "Team Around the School (TAS)"));
		DemoReports.write(report, SLIPPAGE,
				"Service Level agreements with SSE in relation to SEN support services not "
						+ "finalised – review of High Needs Budget has resulted in consultation on changes in funding "
						+ "arrangements for some services - this has to be completed before SLAs can be finalised.");
		DemoReports.write(report, NEXT_PERIOD, bullets(
				"Somerset Education Partnership Board (SEPB) to agree proposals for funding and management of Parent and "
						+ "Family Support Advisor (PFSA) function from September 2018",
				"Report on pilot programme",
				"Provisional outcome data for 17/18 to be gathered and assessed and programmes of support /intervention "
						+ "identified",
				"Work with Teaching Schools to agree linkages with Education Priorities and ensure bids are submitted for "
						+ "activities to support the delivery of the priorities in the vision in the next bidding round "
						+ "for the Regional School Improvement Fund",
				"Ongoing work around implementing changes for supporting pupils with SEND including implementation of "
						+ "revised banding arrangements for High Needs Pupils and transfer of pupils with from High Needs "
						+ "Funding to Education Health and Care Plans",
				"Development of a strategy to support schools in supporting pupils with Social, Emotional and Mental "
						+ "Health needs"));
		DemoReports.write(report, RISKS, "Whilst progress is being made in relation to SEND changes and we ae aware of "
				+ "the areas that need to be addressed it remains likely that at an Joint Area Inspection at this stage "
				+ "will find significant areas of concern although we anticipate that it will also find that are "
				+ "self-evaluation is effective and that we have clear plans in place to address them.");
		DemoReports.write(report, ISSUES, "Exclusions continue to increase. Although secondary rates are in line with "
				+ "last year we are seeing an increase in primary school exclusions.");
		DemoReports.nilReturn(report, VARIANCES);
		DemoReports.nilReturn(report, DECISIONS_REQUIRED);

		measures(new MeasureTable(entityManager, report));
		// No demo lead is assigned to this programme: the business manager enters its
		// return.
		return DemoReports.submitAndPublish(entityManager, report, DemoUsers.ADMIN_USERNAME, SUBMITTED_ON);
	}

	private static void measures(MeasureTable table) {
		// Academy conversion is a structural change, not an outcome: neither direction is
		// better.
		table
			.row("Percentage of schools that are an academy/percentage of pupils that attend an academy", PERCENT,
					NEITHER, 1)
			.current(value("December 2017", Q3_END,
					"34.3% are academies / 51.5% of pupils are in academies (December 2017)", null))
			.previous(value(Q2_LABEL, Q2_END, "34.3% are academies/ 51.1% of pupils are in academies", null))
			.add();
		table
			.row("Percentage of Primary schools that are academies/Percentage of pupils that attend a primary academy",
					PERCENT, NEITHER, 1)
			.current(value("December 2017", Q3_END,
					"26.9% of primary schools are academies / 32.7% of pupils are in a primary academy (December 2017)",
					null))
			.previous(value("September 2017", Q2_END,
					"26.9% of primary schools are academies/ 32.3% of pupils are in a primary academy (September 2017)",
					null))
			.add();
		table
			.row("Percentage of Secondary schools that are academies/Percentage of pupils that attend a secondary "
					+ "academy", PERCENT, NEITHER, 1)
			.current(value("December 2017", Q3_END,
					"75% of secondary and middle schools are academies / 75.8% of pupils are in secondary academies "
							+ "(December 2017)",
					null))
			.previous(value("September 2017", Q2_END,
					"75% of secondary schools are academies/ 75.6% of pupils are in a secondary academy (September 2017)",
					null))
			.add();
		table
			.row("Percentage of early years settings (including childminders) that are judged as good or outstanding",
					PERCENT, HIGHER_IS_BETTER, 1)
			.current(value("December 2017", Q3_END, "95.5% December 2017", "95.5"))
			.previous(value("September 2017", Q2_END, "95.2% (September 2017)", "95.2"))
			.add();
		// A breakdown by risk rating; the count of settings supported is not better or
		// worse in itself.
		table.row("LA risk analysis of early year's settings, including child minders", COUNT, NEITHER, 0)
			.current(value("December 2017", Q3_END,
					"12 setting being supported of which: 4 are red 5 are amber 3 have not yet been determined December "
							+ "2017",
					null))
			.previous(value("September 2017", Q2_END,
					"10 settings being supported of which: 4 are red 3 are amber 3 are yellow (September 2017)", null))
			.add();
		table
			.row("Increase number of childcare settings to offer the Early Education Entitlement for 2-4 year olds to "
					+ "ensure that all eligible children are able to access quality education and childcare", PERCENT,
					HIGHER_IS_BETTER, 0)
			.current(value("December 2017", Q3_END, "100% December 2017", "100"))
			.previous(value("September 2017", Q2_END, "100% September 2017", "100"))
			.add();
		table
			.row("Percent of 3 and 4 year old children benefitting from funded early education, in a good or "
					+ "outstanding provider", PERCENT, HIGHER_IS_BETTER, 0)
			.comparator("Stat neighbour average", "94.6", "2016/17")
			.current(value("2016/17 January census", LocalDate.of(2017, 1, 31), "95% 2016/17 January census", "95"))
			.previous(value("2015/16 January census", LocalDate.of(2016, 1, 31), "85% 2015/16 January census", "85"))
			.add();
		table
			.row("Percent of 2 year old children benefitting from funded early education in a good or outstanding "
					+ "provider", PERCENT, HIGHER_IS_BETTER, 0)
			.comparator("Stat neighbour average", "96.9", "2016/17")
			.current(value("2016/17 January census", LocalDate.of(2017, 1, 31), "95% 2016/17 January census", "95"))
			.previous(value("2015/16 January census", LocalDate.of(2016, 1, 31), "84% 2015/16 January census", "84"))
			.add();

		table.row("Percentage of primary schools judged as good or outstanding", PERCENT, HIGHER_IS_BETTER, 2)
			.comparator("South West", "90.5", null)
			.current(value(Q3_LABEL, Q3_END, "87.38% (180/206)", "87.38").fraction("180", "206"))
			.previous(value("September 2017", Q2_END, "90.24% September 2017", "90.24"))
			.add();
		table.row("Percentage of Secondary schools judged good or outstanding", PERCENT, HIGHER_IS_BETTER, 2)
			.comparator("South West", "80.2", null)
			.current(value(Q3_LABEL, Q3_END, "78.38% (29/37)", "78.38").fraction("29", "37"))
			.previous(value("September 2017", Q2_END, "78.38% September 2017", "78.38"))
			.add();
		table.row("Percentage of pupils attending good or outstanding primary schools", PERCENT, HIGHER_IS_BETTER, 2)
			.comparator("South West", "90.3", null)
			.current(value("December 2017", Q3_END, "84.59% December 2017", "84.59"))
			.previous(value("September 2017", Q2_END, "88.44% September 2017", "88.44"))
			.add();
		table.row("Percentage of pupils attending good or outstanding secondary schools", PERCENT, HIGHER_IS_BETTER, 2)
			.comparator("South West", "84.7", null)
			.current(value("December 2017", Q3_END, "82.08% December 2017", "82.08"))
			.previous(value("September 2017", Q2_END, "82.08% September 2017", "82.08"))
			.add();
		// Red/amber/green shares from a chart whose labels did not survive extraction:
		// kept as text.
		table.row("LA risk analysis of primary schools", PERCENT, NEITHER, 2)
			.current(value(Q3_LABEL, Q3_END, "Primary Schools 67.25% 50.00% 12.66% 17.03% 0.00% Red Amber Green", null))
			.previous(value(Q2_LABEL, Q2_END, "Primary Schools 59.39 % 14.41 23.14 % Red Amber Green", null))
			.add();
		table.row("LA risk analysis of secondary schools", PERCENT, NEITHER, 2)
			.current(noFigure(AWAITING_DATA, Q3_LABEL, Q3_END, "Awaiting re-assessment"))
			.add();
		table.row("LA risk analysis of special schools", PERCENT, NEITHER, 2)
			.current(noFigure(AWAITING_DATA, Q3_LABEL, Q3_END, "Awaiting re-assessment"))
			.add();
		table.row("Persistent Absence rates in Primary Schools", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("Stat Neighbour average", "7.63", "2016")
			.current(value("December 2017", Q3_END, "9.5% December 2017", "9.5"))
			.previous(value("September 2017", Q2_END, "10.7% September 2017", "10.7"))
			.add();
		table.row("Persistent Absence in Secondary schools", PERCENT, LOWER_IS_BETTER, 1)
			.comparator("Stat Neighbour average", "13.36", "2016")
			.current(value("December 2017", Q3_END, "14.3% December 2017", "14.3"))
			.previous(value("September 2017", Q2_END, "12.9% September 2017", "12.9"))
			.add();
		table
			.row("Percentage of 16-18 year old NEETs reengaging in education, employment or training", PERCENT,
					HIGHER_IS_BETTER, 1)
			.current(value("December 2017", Q3_END, "0 December 2017", "0"))
			.previous(value("September 2017", Q2_END, "0.1% September 2017", "0.1"))
			.add();
		table.row("Percentage of EHCPs completed within 20 weeks", PERCENT, HIGHER_IS_BETTER, 0)
			.comparator("Stat Neighbour average (excluding exceptions)", "52.07", "2016")
			.current(value("YTD December 2017", Q3_END, "65% YTD December 2017", "65"))
			.previous(value("YTD September 2017", Q2_END, "69% YTD September 2017", "69"))
			.add();
		table.row("Percentage of PEPS that are current", PERCENT, HIGHER_IS_BETTER, 1)
			.current(value("Autumn Term", Q3_END, "82.6% Autumn Term", "82.6"))
			.previous(value("Summer Term", LocalDate.of(2017, 7, 31), "93.2% Summer Term", "93.2"))
			.add();

		table
			.row("Percentage of children at or above the expected standard in reading, writing and maths combined at "
					+ "KS2", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("Stat Neighbour", "51.2", "2015/16")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31), "58.9% (provisional) 2017", "58.9"))
			.previous(value("2016", LocalDate.of(2016, 8, 31), "52% 2016", "52"))
			.add();
		table
			.row("Percentage of CLA achieving at or above the expected standard in reading, writing and maths combined "
					+ "at KS2", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("Stat Neighbour", "21.5", "2015/16")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31), "23% (provisional) 2017", "23"))
			.previous(value("2016", LocalDate.of(2016, 8, 31), "18% 2016", "18"))
			.add();
		table
			.row("Percentage of disadvantaged learners (CLA and FSM) achieving at or above the expected standard in "
					+ "reading, writing and maths in KS2", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("Stat Neighbour", "34", "2015/16")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31), "37% (provisional) 2017", "37"))
			.previous(value("2016", LocalDate.of(2016, 8, 31), "36% 2016", "36"))
			.add();
		// For the GCSE rows the third column does hold the direction, in words: "Not
		// comparable".
		// The replacement "attainment 8 average score 45.5" is a score, not a percentage,
		// so the
		// percentage measure has no number this time.
		table
			.row("Percentage of children achieving 5 GCSEs A* to C grade including English and maths", PERCENT,
					HIGHER_IS_BETTER, 2)
			.comparator("Stat Neighbour", "58.03", "2015/16")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31),
					"This measure is no longer available. Replaced by attainment 8 average score 45.5 (provisional) "
							+ "2017",
					null))
			.notComparable("Not comparable")
			.add();
		table.row("Percentage of CLA achieving a [standard] pass in English and maths", PERCENT, HIGHER_IS_BETTER, 1)
			.comparator("Stat Neighbour", "21.58", "2014/15")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31), "5.9% [provisional 2017]", "5.9"))
			.notComparable("Not comparable, new assessment")
			.add();
		table
			.row("Percentage of disadvantaged learners achieving a [standard] pass in English and Maths", PERCENT,
					HIGHER_IS_BETTER, 1)
			.comparator("Stat Neighbour", "33.68", "2014/15")
			.current(value("2017 (provisional)", LocalDate.of(2017, 8, 31), "39.3% [provisional 2017]", "39.3"))
			.notComparable("Not comparable, new assessment")
			.add();
	}

}
