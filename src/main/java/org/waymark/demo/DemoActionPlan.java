package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.ActionPlanStatus;
import org.waymark.action.Objective;
import org.waymark.action.Recommendation;
import org.waymark.action.SubObjective;
import org.waymark.plan.FinancialYear;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.waymark.demo.DemoText.bullets;
import static org.waymark.demo.DemoText.lines;

/**
 * "CYPP, Programme 6, Action Plan 2018/19 - FINAL MAY (4.5.18)": five objectives, their
 * sub-objectives and every action in order, linked to the Ofsted 2017 recommendations
 * each answers. The plan's BRAG column is empty, so no action is rated.
 */
final class DemoActionPlan {

	static final String RECOMMENDATION_SOURCE = "Ofsted 2017";

	/** The plan numbers recommendations 1 to 13 but does not quote them. */
	private static final int RECOMMENDATIONS = 13;

	private static final String PLACEMENT_KPIS = lines(
			"% children who have more than 3 placements in 12 is reduced to 11% by year end",
			"% children who have been in care for more than 2.5 years in long term placements is 65% or above");

	private static final String PERMANENT_HOME = "More children have a permanent home, where difficulties can be "
			+ "managed and the placement sustained";

	private static final String PRACTICE_EVIDENCED = "Improved social work practice is evidenced in greater placement "
			+ "stability and more timely permanence planning";

	private static final String CARE_LEAVER_NEET_KPI = "% of care leavers who are NEET 16 and 17 is reduced to 10% and "
			+ "for 18 to 21 year olds is 25%";

	private final Map<Integer, Recommendation> recommendations = new LinkedHashMap<>();

	private DemoActionPlan() {
	}

	static ActionPlan load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		return new DemoActionPlan().build(entityManager, cypp);
	}

	private ActionPlan build(EntityManager entityManager, DemoPlan.Cypp cypp) {
		for (int number = 1; number <= RECOMMENDATIONS; number++) {
			Recommendation recommendation = new Recommendation(cypp.plan(), RECOMMENDATION_SOURCE, number, null);
			entityManager.persist(recommendation);
			this.recommendations.put(number, recommendation);
		}

		ActionPlan plan = new ActionPlan(cypp.programme(6), new FinancialYear(2018),
				"CYPP, Programme 6, Action Plan 2018/19");
		plan.setVersionLabel("FINAL MAY (4.5.18)");
		plan.setStatus(ActionPlanStatus.FINAL);
		plan.setLeadDeliveryGroup("Children's Social Care/ Somerset Safeguarding Children Board");
		// The plan misspells "Somerset" here ("Somerest").
		plan.setSeniorResponsibleOwners(
				"Deputy Director Childrens Services/ Somerset Safeguarding Children Board Chairperson");

		leadership(plan);
		practice(plan);
		partners(plan);
		placements(plan);
		careLeavers(plan);

		entityManager.persist(plan);
		return plan;
	}

	private void leadership(ActionPlan plan) {
		Objective objective = plan.addObjective(1,
				"Increase the capacity of the leadership team so that the pace of change can be accelerated",
				"HR Director and Deputy Director Children's Services");

		Action review = objective.addAction(lines(
				"Review senior management structure and roles to ensure there is sufficient capacity and expertise to "
						+ "drive consistent social work practice",
				"a) Embed the leadership competency framework at all staff levels to identify strengths and areas of "
						+ "development in becoming a \"Good\" authority",
				"b) Consult with the workforce about flexible ways of working which better meet family need for both staff "
						+ "and service users",
				"c) Reconfigure the role of CSW, to provide more agile expert support to social-work teams."));
		details(review, "HR Director / DDCS",
				lines("a) 90% of SW workforce is permanent overall by April 2019",
						"b) 75% of Year 3 students become ASYEs in Somerset in 2018",
						"c) 80% retention of ASYEs at the end of Year 2",
						"d) 75% of Step up students become Somerset ASYEs when their course finishes in 2019",
						"e) Social worker turnover rate is below the national average of 14%",
						"f) Audit evidences that 50% of practice is graded as good or above"),
				"Increasingly experienced and permanent workforce whose practice is consistently improved at Ofsted "
						+ "\"Good\" or above",
				1);
		review.addDeadlinePart("a)", LocalDate.of(2018, 5, 31), "31st May 2018");
		review.addDeadlinePart("b)", LocalDate.of(2018, 6, 1), "1st June 2018");
		review.addDeadlinePart("c)", LocalDate.of(2018, 6, 1), "1st June 2018");
		review.setDeadline("a) 31st May 2018 b) 1st June 2018 c) 1st June 2018", null);

		Action workforce = objective.addAction(lines(
				"Develop Workforce capacity via the County Workforce Strategy to increase the permanent social care "
						+ "workforce by:",
				bullets("strengthening liaison with south west universities and the Open University, including "
						+ "development of social work apprenticeships",
						"influencing the content of social work degree programmes and",
						"providing a Somerset presence on courses, in seminars and recruitment events",
						"delivering high quality student placements, particularly in Year 3, within the Council",
						"continue to lead the south west consortium for Step Up to social work")));
		details(workforce, "OM Learning and Workforce Development", null, null, 1);
		workforce.setDeadline("31st March 2019", LocalDate.of(2019, 3, 31));

		Action qualityAssurance = objective.addAction(lines(
				"Revise the Strategic QA Framework to ensure effective scrutiny and oversight of practice,",
				bullets("to establish overarching management accountability principles focusing on good outcomes for "
						+ "children resulting from high quality social work practice",
						"ensure that there is a clear audit structure which informs service planning, learning and "
								+ "improved outcomes for children, incorporating children and families' feedback about "
								+ "their experience of social work practice"),
				"Review audit tools, to ensure alignment with overarching principles above",
				"Embed the training, audit, learning cycle in social work practice across the service with a focus on "
						+ "improving the quality of plans and outcomes for children, including understanding of "
						+ "ethnicity, identify and cultural needs"));
		details(qualityAssurance, "Strategic Manager Partnerships, Audit and Quality",
				"a) Audit identifies clear and case directive management overview in 75% of audits undertaken",
				"Service development is informed by training, audit and learning from service user feedback", 2, 3);
		qualityAssurance.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action matrix = objective
			.addAction("Develop a management decision-making matrix to increase accountability and "
					+ "autonomy at all management levels.");
		details(matrix, "Strategic Manager Assessment and Safeguarding", null, null);
		matrix.setDeadline("1st April 2018", LocalDate.of(2018, 4, 1));

		Action tracking = objective.addAction("Review case tracking mechanisms and associated documentation to ensure "
				+ "they contribute to improving the quality of social work practice");
		details(tracking, "OM group led by South Somerset OM", null, null, 3);
		tracking.setDeadline("30th April 2018", LocalDate.of(2018, 4, 30));
	}

	private void practice(ActionPlan plan) {
		Objective objective = plan.addObjective(2, "Improve the consistency of social work practice",
				"Deputy Director Children's Services");

		SubObjective permanence = objective.addSubObjective("A", "Permanence planning",
				"Strategic Manager Children Looked After and Leaving Care");
		Action legalProceedings = permanence.addAction(lines(
				"Support families on the edge of legal proceedings to care for their children by improving practice in "
						+ "the PLO stage:",
				bullets("Provision of practice guidance to social workers on appropriate use of PLO in pre-proceedings.",
						"Development of training for all SWs, for delivery by CSWs in areas to teams to embed the "
								+ "guidance.")));
		details(legalProceedings, "Strategic Manager Assessment and Safeguarding/ OM Sedgmoor",
				lines("a) All fieldwork social workers have undertaken PLO training",
						"b) Audit identifies appropriate use of pre-proceedings thresholds.",
						"c) increased % of PLO process which end in de-escalation"),
				"Families are supported to care for their children within their own community", 10);
		legalProceedings.setDeadline("1st May 2018", LocalDate.of(2018, 5, 1));

		Action panel = permanence.addAction(lines(
				"Reshape Permanence Panel to focus on quality of planning for children who need long-term foster "
						+ "placements supported by:",
				bullets("increased specialist capacity to recruit carers for named children",
						"Development of a kinship team to deliver good quality assessments of connected persons and "
								+ "prospective special guardians and to provide ongoing support to these carers.")));
		details(panel, "OMs for Fostering and Permanence", PLACEMENT_KPIS, PERMANENT_HOME, 11);
		panel.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action birthFamily = permanence.addAction(lines("2) Engage wider birth family networks by:",
				bullets("broadening the remit of Family Group conferencing to all families open to Children's Social "
						+ "Care to enable them to find their own solutions",
						"developing the Rapid Response service as part of Team 8 to provide 24/7 support to families "
								+ "with adolescents, in crisis.",
						"developing community adolescent support teams to prevent family breakdown and support "
								+ "families where children return home from care.")));
		details(birthFamily, "Strategic Managers Vulnerable Young People and Prevention", lines(
				"75% of children who are subject to Family Group Conference remain living with their birth family",
				"75% of children referred to community adolescent teams are supported and do not escalate to a "
						+ "CSC referral"),
				"Families are better supported to care for their children within their own community", 10);
		birthFamily.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action training = permanence.addAction(lines(
				"Deliver a high quality training programme across the workforce focussing on:",
				"a) relationship based therapeutic tools for social care staff and foster carers to support the holistic "
						+ "assessment of permanence options for children"));
		details(training, "OM Learning and Workforce Development", PLACEMENT_KPIS, PRACTICE_EVIDENCED, 1, 2, 3);
		training.setDeadline("Developed during the 2018/2019 year", null);

		SubObjective stability = objective.addSubObjective("B", "Placement stability",
				"Strategic Manager Partnerships, Audit and Quality");
		Action scorecard = stability
			.addAction("Develop an IRO scorecard to focus on placement stability and permanency "
					+ "planning outcomes, enabling IROs to alert managers earlier when placements are becoming unstable");
		details(scorecard, "Strategic Manager Partnerships, Audit and Quality", PLACEMENT_KPIS, PERMANENT_HOME, 11);
		scorecard.setDeadline("1st April 2018", LocalDate.of(2018, 4, 1));

		Action disruption = stability
			.addAction("Ensure disruption meetings are held in order to learn from matched long "
					+ "term fostering placement breakdowns and from post adoption family breakdowns.");
		details(disruption, "OMs for Fostering and Permanence",
				"Disruption meetings are held for all long term fostering and post adoption family breakdowns",
				"Learning from disruption means that more children have a permanent home, where difficulties can be "
						+ "managed and the placement sustained",
				11);
		disruption.setDeadline("1st April 2018", LocalDate.of(2018, 4, 1));

		Action actionLearning = stability.addAction(lines(
				"Develop Action learning based opportunities for: management oversight and scrutiny of practice, "
						+ "including quality assurance",
				bullets("for first line managers to ensure clarity of expectations on permanence planning, "
						+ "course-correction and tackling poor performance.",
						"for Operation and Strategic Managers' their role in supporting the development of first line "
								+ "managers")));
		details(actionLearning,
				"Strategic Manager Partnerships, Audit and Quality/ OM Learning and Workforce " + "Development",
				"Audit identifies that in 75% of audited cases management overview is analytical, focussed on "
						+ "permanence and course corrects poor practice",
				PRACTICE_EVIDENCED, 1, 2, 3);
		actionLearning.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action health = stability.addAction("Ensure that children's initial health assessments are timely and that the "
				+ "emotional and mental health needs of care leavers and children looked after are recognised and "
				+ "addressed.");
		details(health, "Chair Corporate Parenting Board sub group for Health and Emotional Well being.", lines(
				"June 2018 - 80% of IHAs are completed on time", "December 2018 - 90% of IHAs are completed on time",
				"March 2019 - 95% of IHAs are completed on time",
				"Audit of minutes from the monthly CAMHS/CSC emotional health review meetings evidence that CLA "
						+ "and Care leavers receive the right emotional/mental health support at the right time"),
				"CLA and Care leavers' physical and emotional health needs are identified and addressed promptly", 12);
		health.setDeadline("Incremental during 2018/19 -see KPIs for targets", null);
	}

	private void partners(ActionPlan plan) {
		Objective objective = plan.addObjective(3,
				"Ensure that partners (especially Health and Police) work "
						+ "effectively together to secure positive outcomes for children",
				"Assistant Director Partnerships and Quality Assurance/Safeguarding Children Board Chairperson");

		Action advocacy = objective.addAction(lines(
				"a) Ensure that children and young people within the child protection process have timely access to "
						+ "advocacy services by ensuring social workers are aware of children's right to access an "
						+ "advocate and know how to access the advocacy service",
				"b) Ensure CP Chairs monitor the appropriate provision of advocates and challenge social work practice "
						+ "where appropriate",
				"c) Ensure that the Advocacy service and CP Chairs annual report includes views of children about the "
						+ "effectiveness of CP and homelessness advocacy services and that this is reported to the LSCB",
				"d) Develop the CP score card to include the number of children who have had access to an advocate in the "
						+ "child protection process in a timely way"));
		details(advocacy, "Strategic Manager Vulnerable young people/Strategic Manager Partnerships, Audit and Quality",
				lines("a) The families of 100% of children over 4 have been offered an advocacy service in the child "
						+ "protection process",
						"b) 75% of children whose families have been offered advocacy are represented in CP "
								+ "conferences."),
				"Children are able to express their views clearly in the child protection conference process and "
						+ "understand how these have informed child protection planning",
				8, 9);
		advocacy.addDeadlinePart("a)", LocalDate.of(2018, 4, 30), "30th April 2018");
		advocacy.addDeadlinePart("b)", LocalDate.of(2018, 4, 30), "30th April 2018");
		// "presented to LSCB in July 2018": no day is given, so the end of July is taken
		// as the date.
		advocacy.addDeadlinePart("c)", LocalDate.of(2018, 7, 31), "presented to LSCB in July 2018");
		advocacy.addDeadlinePart("d)", LocalDate.of(2018, 4, 30), "30th April 2018");
		advocacy.setDeadline(
				"a) 30th April 2018 b) 30th April 2018 c) presented to LSCB in July 2018 d) 30th April 2018", null);

		Action homeless = objective.addAction(lines(
				"Develop provision of independent advocacy for 16/17s around decision to become Children Looked After, "
						+ "including:",
				bullets("clear guidance for social workers and advocates", "a leaflet for young people and",
						"identification of points in children's planning for regular review of young people's decision "
								+ "where they have initially decided not to be CLA .")));
		details(homeless, "Strategic Manager Prevention", lines(
				"a) 100% of homeless 16 and 17 year olds referred to CSC have been offered and advocacy service",
				"b) Audit identifies that homelessness decisions are regularly reviewed and clearly recorded in "
						+ "case records, including the involvement of an advocate"),
				"Homeless 16 and 17 year olds have been able to access an advocacy service and understand their "
						+ "accommodation rights and responsibilities.",
				9);
		homeless.setDeadline("30th April 2018", LocalDate.of(2018, 4, 30));

		Action neglect = objective.addAction(lines("Improve outcomes for children experiencing neglect by:",
				"a) developing and implementing multi-agency neglect toolkit as part of the SSCB neglect Strategy",
				"b) take part in regional neglect peer challenge to identify partnership strengths and areas for "
						+ "development"));
		details(neglect, "Assistant Director Partnerships, Audit and Quality/ Designated Nurse for Safeguarding",
				"Increased % of EHAs where neglect is a factor and where the EHA ends with improved outcomes for the child",
				"Children who experience neglect are identified and supported early", 10);
		neglect.addDeadlinePart("a)", LocalDate.of(2018, 6, 30), "30th June 2018");
		neglect.addDeadlinePart("b)", LocalDate.of(2018, 6, 30), "30th June 2018");
		neglect.setDeadline("a) 30th June 2018 b) 30th June 2018", null);

		Action boardQa = objective.addAction("Review SSCB QA Framework");
		details(boardQa, "Strategic Manager Partnerships, Audit and Quality",
				"multi agency data identifies key areas of risk and strength in the safeguarding system", null, 2);
		boardQa.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action custody = objective.addAction(lines(
				"Work with Avon and Somerset Constabulary, and Health partners to develop an effective force-area system "
						+ "for appropriate support and oversight of all children in Police custody, including:",
				bullets("identifying and learning from good practice in other authority areas.",
						"timely notification by the police to the local authority of all children in custody, their "
								+ "length of stay and post detention destination")));
		details(custody,
				"Strategic Manager Vulnerable Young People/ Police Area Commander/Designated Nurse for Safeguarding",
				"a) Police information about children in custody is provided to relevant partners within 24 hours of the "
						+ "detention (evidenced in audit)",
				"Children in custody identified, supported and overseen appropriately by the partnership", 4);
		custody.setDeadline("1st May 2018", LocalDate.of(2018, 5, 1));

		Action workingTogether = objective.addAction(lines(
				"Work with Avon and Somerset Constabulary, and other partners, to ensure partnership understanding of "
						+ "\"Working Together 2015\" in relation to agreeing criteria for statutory responsibilities in "
						+ "joint child protection enquiry processes including:",
				bullets("Ensuring multi-agency understanding of the Somerset Safeguarding Children's Board Escalation "
						+ "Process so that concerns about non-engagement in strategy discussions or section 47 enquiries "
						+ "are dealt with promptly")));
		details(workingTogether, "Strategic Manager Partnerships, Audit and Quality/Police Area Commander",
				"Somerset Safeguarding Children's Board lead audit of strategy discussions and S47 enquiries evidences "
						+ "improved practice in this area.",
				"Children who are the subject of child protection enquiries tell their story once", 5);
		workingTogether.setDeadline("1st May 2018", LocalDate.of(2018, 5, 1));

		Action missing = objective.addAction(lines(
				"Develop joint Community Adolescent team and Social work training, to include:",
				bullets("What good Return Home Interviews and Missing Prevention Plans look like (using learning from "
						+ "other authorities).",
						"how these interviews/plans can inform wider care planning for children.")));
		details(missing, "Strategic Manager Prevention/ OM CLA",
				lines("a) Audit identifies improved quality of RHIs and MPPs,",
						"b) fewer children go missing more than " + "once."),
				"Fewer children go missing more than once.", 6);
		missing.setDeadline("1st May 2018", LocalDate.of(2018, 5, 1));

		Action dataCapture = objective.addAction(lines(
				"With Police and other CSE/missing review group partners, consider ways to enhance data capture, to "
						+ "improve outcomes for children who go missing and to inform wider risk reduction strategies. "
						+ "This should include:",
				bullets("Where children go missing from and to, and who they go missing with.",
						"Data analysis within police force to identify common themes, to improve prevention strategy.")));
		details(dataCapture, "SSCB CSE sub-group Chairperson", null, null);
		dataCapture.setDeadline("30th April 2018", LocalDate.of(2018, 4, 30));

		Action exploitation = objective.addAction(lines("Via the SSCB CSE subgroup:", bullets(
				"promote the work of BASE in CSE prevention work across all agencies",
				"develop the CSE screening tool as a police intelligence to facilitate prevention and disruption "
						+ "activity",
				"promote and develop the work of the regional CSE overview group to provide the data needed to "
						+ "inform trend and risk analysis by senior managers")));
		details(exploitation, "SSCB CSE sub-group Chairperson",
				"a) SSCB audit identifies consistent use of CSE screening tools to prevent escalation of CSE",
				"Fewer children are involved in CSE activity", 7);
		exploitation.setDeadline("1st September 2018", LocalDate.of(2018, 9, 1));
	}

	private void placements(ActionPlan plan) {
		Objective objective = plan.addObjective(4,
				"Increase the range and quality of local care placements for children looked after",
				"Deputy Director Children's Services/Assistant Director Children's Commissioning");

		SubObjective market = objective.addSubObjective("A", "Commissioning of the Care Market",
				"Strategic Commissioner");
		Action residential = market.addAction(lines(
				"1) Set up a weekly residential review panel to consider permanence planning for children in residential "
						+ "care, the quality and value for money of this provision and to support transition to foster "
						+ "care when appropriate.",
				"2) Work with Independent care providers to provide sufficient high quality care placements for Somerset "
						+ "children in Somerset. This includes improved relationships, shared workforce development, and "
						+ "contracts which provide greater certainty and innovation."));
		details(residential,
				lines("1) Deputy DCS",
						"2) Children's Strategic Commissioners/ Strategic Commissioner Commercial and Procurement"),
				lines("% of children in residential care is in line with the average for \"good\" authorities - 11%",
						"% children who have been in care for more than 2.5 years in long term placements is 65% or "
								+ "above",
						"Reduction in children placed more than 20 miles from Somerset to 12% in line with statistical "
								+ "neighbours"),
				"Children have a long term family home where they are safe and cared for", 11);
		residential.addDeadlinePart("1)", LocalDate.of(2018, 3, 10), "10 March 2018");
		residential.addDeadlinePart("2)", LocalDate.of(2018, 9, 30), "30 September 2018");
		residential.setDeadline("1) 10 March 2018 2) 30 September 2018", null);

		SubObjective fostering = objective.addSubObjective("B", "Sufficiency of Council Foster Placements",
				"Operations Manager Fostering");
		Action review = fostering
			.addAction("Commission an external review of the Council's fostering service to explore "
					+ "the likely market capacity in Somerset, innovative recruitment and an improved offer of support and "
					+ "benefits");
		details(review, "Assistant Director Commissioning", "n/a",
				"The Council and partners understand where there is capacity to recruit more in house carers, what would "
						+ "maximise this potential and have a clear plan about how to achieve it",
				11);
		review.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));
	}

	private void careLeavers(ActionPlan plan) {
		Objective objective = plan.addObjective(5, "Improve Outcomes for Care Leavers",
				"Deputy Director Children's Services");

		Action independence = objective.addAction(lines("Improve preparation for independence by:",
				bullets("Improving the pre-independence skills offer for all Somerset Children Looked After",
						"Developing an Asdan Award for independent living skills.")));
		details(independence, "Strategic Manager CLA and LC",
				"Pre-independence programme is piloted with 20 children over 12 with children, carers, partners, social "
						+ "workers, IROs and leaving care workers actively involved in implementing it",
				"Children in care learn independence skills gradually so that they are confident and resilient when they "
						+ "begin to live independently",
				13);
		independence.setDeadline("1st June 2018", LocalDate.of(2018, 6, 1));

		Action localOffer = objective
			.addAction("Develop the local Leaving Care offer to 25 in conjunction with Care " + "leavers");
		details(localOffer, "Strategic Manager CLA and LC",
				"A survey of care leavers up to 25 shows that they are able to access the offer independently and that "
						+ "it provides useful and relevant information",
				"Care leavers understand and can access services to support them when they need to", 13);
		localOffer.addDeadlinePart("a)", LocalDate.of(2018, 9, 30), "Local Offer - 30th September 2018");
		localOffer.addDeadlinePart("b)", LocalDate.of(2019, 3, 31), "Survey completed - end March 2019");
		localOffer.setDeadline("Local Offer - 30th September 2018 Survey completed - end March 2019", null);

		Action employment = objective.addAction("Continue to improve access to ETE by Working with Council contractors "
				+ "and external employers to development work experience and job opportunities.");
		details(employment, "Strategic Manager CLA and LC/ Service Manager Organisational Development",
				CARE_LEAVER_NEET_KPI, "More care leavers are in employment, training or education", 13);
		employment.setDeadline("31st March 2019", LocalDate.of(2019, 3, 31));

		Action virtualSchool = objective.addAction("Increase capacity in the Virtual School to incorporate capacity to "
				+ "work with post 18 provision, specifically further education, apprenticeships and promoting university "
				+ "applications");
		details(virtualSchool, "Virtual School Head", CARE_LEAVER_NEET_KPI,
				"More care leavers are in employment, training or education", 13);
		virtualSchool.setDeadline("1st September 2018", LocalDate.of(2018, 9, 1));
	}

	/**
	 * Owners, KPIs, outcome and the Ofsted 2017 recommendations in the action's first
	 * column.
	 */
	private void details(Action action, String owners, String kpis, String outcome, int... recommendationNumbers) {
		action.setOwners(owners);
		action.setKpiText(kpis);
		action.setExpectedOutcome(outcome);
		for (int number : recommendationNumbers) {
			action.getRecommendations().add(this.recommendations.get(number));
		}
	}

}
