package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.plan.Plan;
import org.waymark.scrutiny.OutcomeStatus;
import org.waymark.scrutiny.OutcomeTrackerItem;
import org.waymark.scrutiny.WorkProgrammeItem;

import java.time.LocalDate;

/**
 * The Scrutiny for Policies, Children and Families Committee's outcome tracker and work
 * programme as they stood in the pack for its meeting of 16 March 2018.
 */
final class DemoScrutiny {

	private final EntityManager entityManager;

	private final Plan plan;

	private int position;

	private DemoScrutiny(EntityManager entityManager, Plan plan) {
		this.entityManager = entityManager;
		this.plan = plan;
	}

	static void load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		DemoScrutiny scrutiny = new DemoScrutiny(entityManager, cypp.plan());
		scrutiny.outcomeTracker();
		scrutiny.position = 0;
		scrutiny.workProgramme();
	}

	private void outcomeTracker() {
		// The tracker's link column says "All" for the first two items and is blank for
		// the rest.
		outcome(LocalDate.of(2016, 5, 13),
				"Focus on the education of vulnerable children (To include Children Looked "
						+ "After, Special Educational Needs and Free School Meal recipients)",
				"All", "Julian Wooster",
				"The update was accepted and it was suggested that to help improve information available for and "
						+ "communications with all service users a decision tree (visual aid in the form of a "
						+ "diagram/flow chart) for the benefit of service users be considered.",
				OutcomeStatus.PENDING, null);
		outcome(LocalDate.of(2017, 1, 27), "Impact of proposed financial changes to Schools", "All", "Julian Wooster",
				"The Committee encouraged Officers to continue to lobby for these proposed changes to be made so the "
						+ "higher funding materialised.",
				OutcomeStatus.PENDING, "Pending/On-going");
		outcome(LocalDate.of(2017, 3, 10), "Addressing drug and alcohol safeguarding concerns in families", null,
				"Amanda Payne", "The update was accepted and it was suggested that an update report be provided at a "
						+ "future meeting in 12 months.",
				OutcomeStatus.PENDING, "Pending May 2018");
		outcome(LocalDate.of(2017, 10, 20), "West Somerset Opportunity Area", null, "Julia Ridge",
				"The Committee noted the report and it was agreed that an update on this would be given in 6 months.",
				OutcomeStatus.PENDING, "Pending for May '18");
		outcome(LocalDate.of(2017, 11, 17), "Children's Services Commissioning", null, "Louise Palmer",
				"It was requested that an update report on Pathways to Independence (P2i) be considered at a future "
						+ "meeting.",
				OutcomeStatus.PENDING, "Pending April '18 meeting");
		// "March '18 meeting": due at the meeting this pack is for, so still pending when
		// it was issued.
		outcome(LocalDate.of(2017, 11, 17), "Young Carers update", null, "T Whitworth + W Jenner",
				"It was requested that an update report be prepared for the 16 March 2018 meeting.",
				OutcomeStatus.PENDING, "March '18 meeting");
		outcome(LocalDate.of(2017, 12, 8), "SEND Peer Review Update", null, "Rowina Clift-Shanley",
				"The report and presentation were accepted and the Chair expressed thanks on behalf of the Committee for "
						+ "the progress made so far. It was suggested and agreed that a further update be provided in the "
						+ "Spring.",
				OutcomeStatus.PENDING, "March '18 meeting");
		outcome(LocalDate.of(2017, 12, 8), "Family Support Services", null, "P Granthier",
				"To receive an update report at the January 2018 meeting", OutcomeStatus.PENDING, null);
		outcome(LocalDate.of(2018, 1, 26), "Family Support Services", null, "Philippa Granthier",
				"The Committee agreed to provide the Cabinet with it conclusions for its next meeting.",
				OutcomeStatus.COMPLETED, null);
		// The four fostering outcomes of 26 January 2018 (minutes 61.3, 61.5, 61.6 and
		// 61.8): the tracker's
		// status column repeats the owner's name instead of a status, so they are taken
		// as pending.
		String fostering = "Overview of Family Based Care (Fostering)";
		outcome(LocalDate.of(2018, 1, 26), fostering, null, "Louise Palmer",
				"The Chair asked if consideration had been given to producing a flow-chart or a form of easy to follow "
						+ "guide to show the overall process and the Director of Children's Services noted that this had "
						+ "been raised by others and was being progressed.",
				OutcomeStatus.PENDING, null);
		outcome(LocalDate.of(2018, 1, 26), fostering, null, "Louise Palmer",
				"There was a question about the turnover of Foster Carers and what work was undertaken to identify the "
						+ "reasons for carers leaving and it was agreed a written response would be provided.",
				OutcomeStatus.PENDING, null);
		outcome(LocalDate.of(2018, 1, 26), fostering, null, "Louise Palmer",
				"There was a question about the complaints process and how allegations were managed, and how complaints "
						+ "were resolved and the timescales involved. It was agreed a written response would be "
						+ "provided.",
				OutcomeStatus.PENDING, null);
		outcome(LocalDate.of(2018, 1, 26), fostering, null, "Louise Palmer",
				"The update was accepted and it was agreed to request an update in a further 6 months.",
				OutcomeStatus.PENDING, null);
	}

	private void workProgramme() {
		// The meetings of 19 October and 7 December 2018 have no items yet, so they do
		// not appear.
		item(LocalDate.of(2018, 4, 20), "Pathways to Independence (P2i)", "Louise Palmer");
		item(LocalDate.of(2018, 4, 20), "Regional Adoption Agency - update", "Julian Wooster");
		item(LocalDate.of(2018, 4, 20), "SEND Peer review update", "Rowina Clift-Shanley");
		item(LocalDate.of(2018, 5, 18), "West Somerset Opportunity Area", "Julia Ridge");
		item(LocalDate.of(2018, 5, 18), "Addressing drug and alcohol safeguarding concerns in families",
				"Amanda Payne");
		// The CYPP updates cover every programme, so they link to none in particular.
		item(LocalDate.of(2018, 6, 15), "CYPP 2017/18 – Year 2 Q4 Update", "Philippa Granthier");
		item(LocalDate.of(2018, 7, 20), "Family Based Care (Fostering) 6 monthly update", "Louise Palmer");
		item(LocalDate.of(2018, 9, 14), "CYPP 2018-19 – Year 3 Q1 Update", "Philippa Granthier");
		item(LocalDate.of(2018, 11, 16), "CYPP 2018-19 – Year 3 Q2 Update", "Philippa Granthier");
	}

	private void outcome(LocalDate meeting, String agendaItem, String link, String owner, String agreedOutcome,
			OutcomeStatus status, String statusNote) {
		OutcomeTrackerItem item = new OutcomeTrackerItem(this.plan, meeting, agendaItem, agreedOutcome, status,
				this.position++);
		item.setLinkText(link);
		item.setActionOwner(owner);
		item.setStatusNote(statusNote);
		this.entityManager.persist(item);
	}

	private void item(LocalDate meeting, String title, String lead) {
		this.entityManager.persist(new WorkProgrammeItem(this.plan, meeting, title, lead, this.position++));
	}

}
