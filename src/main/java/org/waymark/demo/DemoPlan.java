package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanStatus;
import org.waymark.plan.Quarter;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.DemoText.paragraphs;

/**
 * The Children &amp; Young People's Plan 2016–2019, its twelve reporting quarters,
 * delivery groups and seven improvement programmes, as the Cabinet report of 7 June 2017
 * and the highlight reports of the March 2018 scrutiny pack name them.
 */
final class DemoPlan {

	static final String SHORT_NAME = "CYPP 2016-19";

	/**
	 * The demo is "as at" the March 2018 scrutiny pack: Q3 has been reported, Q4 is open.
	 */
	static final ReportingQuarter LATEST_REPORTED = new ReportingQuarter(new FinancialYear(2017), Quarter.Q3);

	/**
	 * Returns are due on the 12th day after the quarter ends. The documents give no
	 * deadline, but the 2017/18 Q3 reports are dated 4 to 12 January 2018, so a deadline
	 * of 12 January fits them.
	 */
	private static final int DAYS_TO_RETURN = 12;

	private DemoPlan() {
	}

	static Cypp load(EntityManager entityManager) {
		Plan plan = new Plan("Children & Young People's Plan 2016–2019", SHORT_NAME, new FinancialYear(2016),
				new FinancialYear(2018));
		plan.setStatus(PlanStatus.ACTIVE);
		plan.setVision(paragraphs(
				"The overall aim of the Children & Young People's Plan 2016 – 2019 is to build the ambition and "
						+ "confidence across the partnership, showing partners' joint intentions and the framework by "
						+ "which we will improve. The plan is supported by more detailed strategies and actions through "
						+ "its 7 Improvement Programmes over the lifetime of the plan. The key features of our "
						+ "partnership plans are:",
				bullets("Prevention - and addressing issues early and effectively",
						"Child and family centred – keeping children, young people and their families at the heart "
								+ "of everything we do",
						"Collaboration - working with others to effectively use our resources in commissioning and "
								+ "delivery of services",
						"Integration - providing joined up care and support that is not hindered by organisational, "
								+ "service or professional boundaries.")));
		entityManager.persist(plan);

		Map<ReportingQuarter, ReportingPeriod> periods = new LinkedHashMap<>();
		for (ReportingQuarter quarter : plan.span().quarters()) {
			LocalDate due = quarter.lastDay().plusDays(DAYS_TO_RETURN);
			ReportingPeriod period = new ReportingPeriod(plan, quarter, due);
			period.setState(stateOf(quarter));
			entityManager.persist(period);
			periods.put(quarter, period);
		}

		DeliveryGroup earlyHelp = group(entityManager, "Early Help Strategic Commissioning Board", "Philippa Granthier",
				"Assistant Director, Commissioning & Performance");
		DeliveryGroup health = group(entityManager, "Children & Young People Health & Wellbeing Group", "Alison Bell",
				"Consultant in Public Health, Somerset County Council");
		DeliveryGroup mentalHealth = group(entityManager,
				"Commissioning Group for Children and Young People's Mental Health, Emotional and Psychological Wellbeing",
				"Dorothy Mukasa",
				"Interim Head of Joint Commissioning (Mental Health and Learning Disabilities) Somerset County Council & "
						+ "Somerset Clinical Commissioning Group");
		// The report writes the chair as "Interim lead: Dave Farrow, Head of Outcomes and
		// Sufficiency, ...".
		DeliveryGroup education = group(entityManager, "Somerset Education Partnership Board (SEPB)",
				"Interim lead: Dave Farrow", "Head of Outcomes and Sufficiency, Somerset County Council");
		DeliveryGroup socialCare = group(entityManager, "Children's Social Care/Somerset Safeguarding Children's Board",
				"Claire Winter / Sally Halls",
				"Deputy Director Children and Families / Independent Chair of the Somerset Safeguarding Children's Board");
		DeliveryGroup workforce = group(entityManager, "Workforce Board", "Chris Squire",
				"Director of HR, Somerset County Council");

		Map<Integer, ImprovementProgramme> programmes = new LinkedHashMap<>();
		programmes.put(1, programme(entityManager, plan, 1,
				"Supporting children, families and communities to be more resilient", earlyHelp, "Cllr Josh Williams",
				yearOneImpact(
						"Mapping of service resources and promoting them on Somerset Choices and other relevant "
								+ "websites",
						"West Somerset Opportunity Area has been identified with the DfE to address low social mobility; "
								+ "£6m over the next 3 years has been secured to support the action plan from 17/18",
						"Mapping of parenting programmes across Somerset in Year 1 is completed with 5 major initiatives "
								+ "identified which will be rolled out across venues and partners in Year 2",
						"More positive relationships built with the voluntary, community and social enterprise sector "
								+ "(VCSE) and their commitment to continue to provide services during a period of higher "
								+ "acuity of need, reduced capacity and fewer funding opportunities. In our communities "
								+ "there is a generally improving picture around rates of re-offending, anti-social "
								+ "behaviour, repeat domestic abuse and worklessness in young people and adults, as "
								+ "evidenced by the data collected for the annual dashboard.")));
		programmes.put(2, programme(entityManager, plan, 2,
				"Promoting healthy outcomes and giving children the best start in life", health, "Mrs Eilleen Tipper",
				yearOneImpact("A successful childhood immunisation programme",
						"Reduction in childhood obesity in Reception and year 6", "Reduction in teenage conceptions",
						"Support for parents has included public health campaigns, training and self-help resources, "
								+ "including the prevention of sudden infant deaths",
						"An infant feeding strategy has been drafted, there has been a small improvement in sustained "
								+ "breastfeeding but a small reduction in initiation rates and next year's activities "
								+ "include further roll out of breastfeeding friendly venues, champion lay supporters and "
								+ "more training.",
						"The proportion of Somerset mothers reported to be smoking at the time of delivery reports "
								+ "improvement year on year; however, Somerset remains above the national average.",
						"There is a very small improvement in hospital admissions as a result of unintentional injuries "
								+ "in children aged 0 -14 years, but rates remain significantly higher than nationally",
						"Our percentage of 5 year olds with one or more decayed, missing or filled teeth is in line with "
								+ "the national average at 23.1% but has reduced since previous years. The targeted "
								+ "fluoride varnishing and tooth brushing programmes that has been in place in 2016/17 "
								+ "should evidence future improvements.")));
		programmes.put(3, programme(entityManager, plan, 3, "Improving Emotional Health and Wellbeing", mentalHealth,
				"Cllr Ann Bown",
				yearOneImpact("This year has seen the full launch of elements of the new Children & Adolescence Mental "
						+ "Health Service (CAMHS) services – Single Point of Access, Enhanced Outreach and Community "
						+ "Eating Disorder Service.",
						"The implementation of the new Improving Mental Health and Emotional Well-Being in Schools "
								+ "service is also now underway.",
						"The Emotional Health and Well Being Team has recruited a Team Manager and social workers. There "
								+ "has also been the recruitment of one part time Psychologist via SOMPAR. An agreement "
								+ "for a further Psychology post to be amended to try and attract more applicants is "
								+ "agreed. The JD and process for this is in progress with SOMPAR. An interim support via "
								+ "the Educational Psychologist team has been identified.",
						"There is a need to separate and understand the data set cited on the CYPP Dashboard regarding "
								+ "an increase in the admissions to hospital for Self Harm 10-24 years. A deeper dive "
								+ "into this Data to ensure that the age range and coding at A+E are consistent and clear "
								+ "is required to enable a clear understanding of trends and needs.",
						"CAMHS has worked with the Acute Hospitals to launch a Deliberate Self Harm Pathway for under 18 "
								+ "year olds and has placed CAMHS specific Psychiatric Liaison Nurses in the hospitals. "
								+ "Monitoring and evaluation of the impact of this pathway and posts to be detailed in "
								+ "the Reviewed CYP Plan.")));
		programmes.put(4, programme(entityManager, plan, 4, "Building Skills for Life", education,
				"Cllr Martin Dimery & Cllr Mike Pullin",
				yearOneImpact("Improved Ofsted judgements on early years and schools settings; school readiness levels "
						+ "are improving and GCSE results are improving but there remains a mixed picture around school "
						+ "absence.",
						"The Team Around the School model which is a multi-agency approach to early help has been highly "
								+ "successful with majority secondary schools now engaged.",
						"The rates of young people participating in education, training and apprenticeships is "
								+ "improving; however, the rate for care leavers has reduced slightly and this "
								+ "improvement will be addressed through Programme 6's 2017/18 work plan in conjunction "
								+ "with the Corporate Parenting Board's work plan.")));
		programmes.put(5, programme(entityManager, plan, 5, "Providing help early and effectively", earlyHelp,
				"Cllr Jane Lock",
				yearOneImpact("A more robust Early Help process is now in place, evidenced by increased use and "
						+ "improving quality of Early Help Assessments and the embedding of the Effective Support for "
						+ "children and families document which outlines the thresholds of care for early help, "
						+ "targeted and specialist support",
						"Much of 2016/17 has been about improving systems and tools to enable practitioners to be more "
								+ "effective in their roles. This has included the rollout of Professional Choices, "
								+ "which incorporates a multi-agency who's who directory of staff and Virtual Meeting "
								+ "Rooms which allows staff to share documents and collaborate on discussions / "
								+ "meetings.",
						"The Early Help Case Management system was launched at the end of March 2017 within the getset "
								+ "service which will enable staff to deal more efficiently with case recording and "
								+ "therefore spend more time with families")));
		// No scrutiny champion is named for programme 6 in the documents.
		ImprovementProgramme socialWork = programme(entityManager, plan, 6,
				"Achieving effective multi-agency support for more vulnerable children and young people and developing "
						+ "an excellent children's social work service",
				socialCare, null,
				yearOneImpact(
						"Ofsted quarterly monitoring visits have concluded adequate progress is being made and DfE "
								+ "intervention has confirmed a \"significant improvement\" in Somerset's Children's Services, "
								+ "including more manageable case-loads, a more stable workforce and better partnership working "
								+ "as reported by the Minister in December 2016. However more work is required to secure "
								+ "consistently good services and address remaining weaknesses.",
						"The Child Sexual Exploitation (CSE) service is progressing well under the leadership of the "
								+ "police alongside the procurement of a new Child Sexual Abuse (CSA) service by the "
								+ "Clinical Commissioning Group (CCG)",
						"The number of children who are adopted without unnecessary delay has increased although the "
								+ "measurement for this is based on low numbers of prospective adopters against higher "
								+ "numbers of children needing placements.",
						"Rates of children in need, child protection and children looked after are generally lower than "
								+ "our statistical neighbours but not yet in line with good performing authorities.",
						"The Corporate Parenting Board has been strengthened over this year with the development and "
								+ "implementation of a new Corporate Parenting Strategy with supporting action plans. A "
								+ "performance dashboard has been established which allows members to scrutinise the "
								+ "performance of partners. Helping members to understand their role in relation to "
								+ "corporate parenting has been developed to include presentations at district councils, "
								+ "the production of a guide for local councillors, and establishing an ongoing training "
								+ "programme.",
						"A new pathways to independence service (p2i) providing accommodation support for care leavers "
								+ "and vulnerable young people was commissioned in 2016 with our district councils, "
								+ "building on the previous service; the new service specification has been recognised "
								+ "as good practice by a leading national housing expert.",
						"Finally, the outcome for a reduced demand on statutory services can be measured as reduced "
								+ "numbers of referrals to Childrens Social Care"));
		socialWork.setSeniorResponsibleOwners(
				"Deputy Director Childrens Services / Somerset Safeguarding Children Board Chairperson");
		programmes.put(6, socialWork);
		programmes.put(7, programme(entityManager, plan, 7, "Embedding a Think Family Approach across the Workforce",
				workforce, "Cllr Nigel Taylor",
				yearOneImpact(
						"There has been a reduction in the use of agency social work staff and a more permanent "
								+ "social care work force; however, retention remains a concern",
						"Caseloads of social workers remain at around 14 (end of Qtr 4 – 14.7 cases); the lowest number "
								+ "reported was in Quarter 2 which was 12 cases per social worker on average.")));

		return new Cypp(plan, periods, programmes);
	}

	private static ReportingPeriodState stateOf(ReportingQuarter quarter) {
		int comparison = quarter.compareTo(LATEST_REPORTED);
		if (comparison <= 0) {
			return ReportingPeriodState.CLOSED;
		}
		return quarter.equals(LATEST_REPORTED.next()) ? ReportingPeriodState.OPEN : ReportingPeriodState.UPCOMING;
	}

	private static DeliveryGroup group(EntityManager entityManager, String name, String chairName, String chairTitle) {
		DeliveryGroup group = new DeliveryGroup(name, chairName, chairTitle);
		entityManager.persist(group);
		return group;
	}

	private static ImprovementProgramme programme(EntityManager entityManager, Plan plan, int number, String title,
			DeliveryGroup group, String scrutinyChampions, String description) {
		ImprovementProgramme programme = new ImprovementProgramme(plan, number, title, group);
		programme.setDescription(description);
		programme.setScrutinyChampions(scrutinyChampions);
		entityManager.persist(programme);
		return programme;
	}

	/**
	 * The programme's row of the "What has been the Impact?" table in the Year 1 Cabinet
	 * report.
	 */
	private static String yearOneImpact(String... impacts) {
		return paragraphs("Year 1 (2016/17) impact, as reported to Cabinet on 7 June 2017:", bullets(impacts));
	}

	/**
	 * The plan as loaded, for the other parts of the demo data to hang their records on.
	 */
	record Cypp(Plan plan, Map<ReportingQuarter, ReportingPeriod> periods,
			Map<Integer, ImprovementProgramme> programmes) {

		ImprovementProgramme programme(int number) {
			return this.programmes.get(number);
		}

		ReportingPeriod period(ReportingQuarter quarter) {
			return this.periods.get(quarter);
		}

		/**
		 * 2017/18 Q3 (October–December 2017), the quarter the March 2018 scrutiny pack
		 * reports.
		 */
		ReportingPeriod latestReported() {
			return period(LATEST_REPORTED);
		}

	}

}
