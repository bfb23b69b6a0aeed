package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.risk.MitigationStatus;
import org.waymark.risk.Risk;
import org.waymark.risk.RiskScore;

import java.time.LocalDate;
import java.util.List;

import static org.waymark.demo.DemoText.bullets;

/**
 * The "Seven Improvement Programmes Key Risks for 2017/18" table of the Q3 executive
 * summary (one unscored key risk per programme, with its impacts and mitigations) and the
 * corporate risk ORG0009 "Safeguarding Children" with its scores.
 */
final class DemoRisks {

	private DemoRisks() {
	}

	static void load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		int position = 0;
		// Rows 1 and 5 came out of the PDF with their four columns interleaved; they are
		// rebuilt
		// column by column.
		keyRisk(entityManager, cypp, 1, position++,
				"Risk that the Somerset partners will not be able to keep pace with the improvement activities",
				List.of("Concerns regarding Police capacity to manage workflow and respond to joint enquiries in a "
						+ "timely manner", "Refer-on culture deeply embedded amongst services"),
				List.of("SCC Senior Leaders providing leadership (& support) across the partnership and driving the "
						+ "agenda.",
						"Increased culture of multi-agency collaboration and critical friend challenge at "
								+ "Strategic levels",
						"Progress is reported through the Somerset Safeguarding Board and Children's Trust."));
		keyRisk(entityManager, cypp, 2, position++,
				"Pressures in the NHS could lead to a lack of capacity / focus to improve the outcomes for vulnerable "
						+ "children",
				List.of("Capacity of CCG to Commission Children's Services",
						"Health capacity for children looked after and their carers",
						"Reduced capacity within prevention and early intervention programmes"),
				List.of("Increased awareness by CCG of need to focus resource on children's services",
						"Concerns and progress are being reported to the Health and Wellbeing Board",
						"Exploring increased specialist medical capacity through the Regional Adoption Agency "
								+ "initiative"));
		keyRisk(entityManager, cypp, 3, position++,
				"Risk that the 'CAMHS transformation plan' does not deliver sufficient transformation to ensure early "
						+ "help and preventative activities are prioritised for all vulnerable groups in particular "
						+ "children looked after",
				List.of("Delays in recruiting to key NHS posts", "Limited NHS partnership with Schools"),
				List.of("Corporate Parenting Board taking leadership in monitoring progress",
						"Senior leaders engaging with CCG Commissioners and providers to progress developments and "
								+ "monitor performance",
						"Concerns and progress are being reported to the Health and Wellbeing Board",
						"LA match resourcing support to develop a specialist team for children looked after.",
						"Multi-Agency Complex Cases Protocol",
						"Implementation of new support to schools by Somerset Partnership commissioned by CCG"));
		// Row 4 runs over a page break: the end of its second impact is lost, and its
		// last three
		// mitigations (Virtual School Head, Team around the School, West Somerset
		// Opportunity Area)
		// were printed at the top of the next page, beside row 5.
		keyRisk(entityManager, cypp, 4, position++,
				"Risk that Schools do not improve the outcomes for vulnerable groups – children look after, special "
						+ "educational needs and children in receipt of pupil premium",
				List.of("Schools achieving well overall in outcomes / inspection judgements despite overall poor "
						+ "outcomes for vulnerable pupils",
						"Excellent local practice by some schools not shared by others because of weak …"),
				List.of("LA leading the education strategic vision is giving priority to schools to focus on school "
						+ "improvement & pupil outcomes and not structural redesign",
						"Investment by the LA in Somerset Education Partnerships to provide 'critical friend' support to "
								+ "all head teachers",
						"Challenging school providers in relation to pupil outcomes",
						"Strengthening the role and capacity of the Virtual School Head",
						"Roll out of the Team around the School model to encourage multi-agency support to schools where "
								+ "they are best placed to meet child's needs, in particular vulnerable groups",
						"West Somerset Opportunity Area"));
		keyRisk(entityManager, cypp, 5, position++,
				"Risk that the Somerset partners will not be able to keep pace with the improvement activities",
				List.of("Refer-on culture deeply embedded amongst Somerset services"),
				List.of("SCC Senior Leaders providing leadership (& support) across the partnership and driving the "
						+ "agenda",
						"Increased culture of multi-agency collaboration and critical friend challenge at "
								+ "Strategic levels",
						"Progress is reported through the Safeguarding Board and Children's Trust",
						"Development of multi-agency tools which aid collaboration and joint working including a "
								+ "collaboration platform to enable better quality sharing of information in a secure way, "
								+ "and the simplification of Early Help processes to aid engagement and ownership"));
		keyRisk(entityManager, cypp, 6, position++,
				"Risk that improvements will not be sustained and consistency of social work practice will remain a "
						+ "cause for concern",
				List.of("Recent increase in demand and difficulties of recruitment led to dip in morale",
						"Inconsistent practice amongst staff",
						"Permanent staff not always clear about 'good' practice"),
				List.of("Managers taking action to control work flow", "QPRM monthly meetings", "Case Audits",
						"Briefing events led by senior leaders on the journey travelled", "Showcasing good practice"));
		Risk workforce = keyRisk(entityManager, cypp, 7, position++,
				"Risk that permanent social work vacancies are not filled at fast enough pace and an over reliance on "
						+ "recruitment of ASYEs",
				List.of("Level of locums in some teams is too high",
						"Seasonal difficulties in recruiting experienced locums",
						"Neighbouring LA responding to their own difficulties with higher social work salaries"),
				List.of("Plan in place to achieve 75% permanent staffing",
						"ASYE support by designated Consultant Social Work posts",
						"Focused recruitment activity for Experienced Social Workers",
						"Increasingly mature response by managers in terms of balancing pressures and maintaining quality",
						"Clarity provided to multi-agency workforce of desired values and behaviours necessary to deliver "
								+ "the plan",
						"Using the IR35 changes as an opportunity to convert locums to permanent staff",
						"Looking after our own events focussed on resilience of the workforce"));
		// The table's programme column adds this for programme 7.
		workforce.setDescription("Year one focus is on developing the permanent social care workforce.");

		Risk safeguarding = new Risk(cypp.plan(), null, "Safeguarding Children", position);
		safeguarding.setReference("ORG0009");
		safeguarding.setDescription("The principal risk lies in the failure to secure improvement which would not "
				+ "deliver the Council's ambitions in relation to improved outcomes for children and young people in "
				+ "Somerset. This could also result in further intervention by the Secretary of State.");
		// "SLT and the Cabinet Member regularly monitor the management of this risk"; the
		// Lead Officer
		// of that Cabinet report is the Director of Children's Services.
		safeguarding.setOwner("Director of Children's Services");
		safeguarding.assess(LocalDate.of(2017, 6, 7), "Cabinet report, 7 June 2017", new RiskScore(4, 5),
				"\"There is a Corporate Risk for Safeguarding Children (ORG0009) and its current score is 20. There are "
						+ "a number of management actions and mitigations for managing this risk. SLT and the Cabinet "
						+ "Member regularly monitor the management of this risk.\"");
		safeguarding.assess(LocalDate.of(2019, 5, 31), null, new RiskScore(3, 5),
				"Scored 3 × 5 = 15 in May 2019 (Waymark design brief; the May 2019 paper is not among the seed "
						+ "documents and the day is not known, so the end of the month is used).");
		entityManager.persist(safeguarding);
	}

	private static Risk keyRisk(EntityManager entityManager, DemoPlan.Cypp cypp, int programmeNumber, int position,
			String keyRisk, List<String> impacts, List<String> mitigations) {
		ImprovementProgramme programme = cypp.programme(programmeNumber);
		Risk risk = new Risk(cypp.plan(), programme, keyRisk, position);
		risk.setImpactDescription(bullets(impacts.toArray(String[]::new)));
		for (String mitigation : mitigations) {
			risk.addMitigation(mitigation, null, MitigationStatus.IN_PROGRESS);
		}
		entityManager.persist(risk);
		return risk;
	}

}
