package org.waymark.action.transfer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.ActionPlanStatus;
import org.waymark.action.Objective;
import org.waymark.action.Recommendation;
import org.waymark.action.SubObjective;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.SpreadsheetFile;
import org.waymark.shared.SpreadsheetFormat;
import org.waymark.shared.SpreadsheetRow;
import org.waymark.shared.SpreadsheetWriter;
import org.waymark.user.AccessPolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An action plan to and from a spreadsheet. Exports go to whoever may read the plan: a
 * final plan to everyone signed in, a draft one to its programme's leads, admins and
 * executives (as a submitted report), never to scrutiny. Imports are for the programme's
 * leads and admins. Every method loads the plan in five queries whatever its size.
 */
@Service
public class ActionPlanTransfer {

	/**
	 * Two rows from Programme 6's 2018/19 plan, showing how the columns are filled in.
	 */
	private static final List<List<String>> TEMPLATE_ROWS = List.of(
			List.of("", "1",
					"Increase the capacity of the leadership team so that the pace of change can be accelerated",
					"HR Director and Deputy Director Children's Services", "", "", "", "Ofsted 2017: 2, 3",
					"Revise the Strategic QA Framework to ensure effective scrutiny and oversight of practice",
					"Strategic Manager Partnerships, Audit and Quality", "1st June 2018", "Green",
					"a) Audit identifies clear and case directive management overview in 75% of audits undertaken",
					"Service development is informed by training, audit and learning from service user feedback"),
			List.of("", "4", "Improve placement stability and permanence for children looked after",
					"Deputy Director Children's Services", "A", "Permanence planning",
					"Strategic Manager Children Looked After", "",
					"Track permanence plans for every child looked after for more than 3 months",
					"Strategic Manager Children Looked After", "a) 31st May 2018 b) 30th September 2018", "",
					"% children who have been in care for more than 2.5 years in long term placements is 65% or above",
					"More children have a permanent home"));

	private final ActionPlanTransferRepository repository;

	private final AccessPolicy access;

	ActionPlanTransfer(ActionPlanTransferRepository repository, AccessPolicy access) {
		this.repository = repository;
		this.access = access;
	}

	/** The plan as a file, for whoever may read it. */
	@Transactional(readOnly = true)
	public SpreadsheetFile export(long actionPlanId, SpreadsheetFormat format, Authentication who) {
		ActionPlan plan = load(actionPlanId);
		if (!mayRead(plan, who)) {
			throw new AccessDeniedException("Action plan " + actionPlanId);
		}
		List<List<String>> rows = new ArrayList<>();
		for (Objective objective : sortedObjectives(plan)) {
			for (Action action : objective.getActions()
				.stream()
				.sorted(Comparator.comparingInt(Action::getPosition))
				.toList()) {
				rows.add(row(objective, action));
			}
		}
		String name = "action-plan-programme-" + plan.getProgramme().getNumber() + "-"
				+ plan.financialYear().label().replace('/', '-') + "." + format.extension();
		return new SpreadsheetFile(name, format.contentType(),
				SpreadsheetWriter.write(format, "Action plan", ActionPlanColumns.ALL, rows));
	}

	/** The empty template with two example rows. */
	public static SpreadsheetFile template(SpreadsheetFormat format) {
		return new SpreadsheetFile("action-plan-template." + format.extension(), format.contentType(),
				SpreadsheetWriter.write(format, "Action plan", ActionPlanColumns.ALL, TEMPLATE_ROWS));
	}

	/** The plan's heading for the import page, for those who may import into it. */
	@Transactional(readOnly = true)
	public PlanHeader importPage(long actionPlanId, Authentication who) {
		ActionPlan plan = this.repository.findPlan(actionPlanId)
			.orElseThrow(() -> new NotFoundException("Action plan " + actionPlanId));
		checkMayImport(plan, who);
		return header(plan);
	}

	/** What importing the rows would do; saves nothing. */
	@Transactional(readOnly = true)
	public ActionPlanPreview preview(long actionPlanId, List<SpreadsheetRow> rows, Authentication who) {
		ActionPlan plan = load(actionPlanId);
		checkMayImport(plan, who);
		return check(plan).preview(rows);
	}

	/**
	 * Imports the rows if the plan is still as it was when they were previewed and they
	 * have no errors: all of them or, on any failure, none.
	 * @param fingerprint the preview's fingerprint
	 * @return the preview as checked now; applied only if {@link Confirmation#applied()}
	 */
	@Transactional
	public Confirmation confirm(long actionPlanId, List<SpreadsheetRow> rows, String fingerprint, Authentication who) {
		ActionPlan plan = load(actionPlanId);
		checkMayImport(plan, who);
		ActionPlanImportCheck check = check(plan);
		ActionPlanPreview preview = check.preview(rows);
		if (preview.hasErrors() || !preview.fingerprint().equals(fingerprint)) {
			return new Confirmation(false, preview);
		}
		check.apply();
		return new Confirmation(true, preview);
	}

	private ActionPlanImportCheck check(ActionPlan plan) {
		return new ActionPlanImportCheck(plan,
				this.repository.recommendationsOf(plan.getProgramme().getPlan().getId()));
	}

	private ActionPlan load(long actionPlanId) {
		ActionPlan plan = this.repository.findPlan(actionPlanId)
			.orElseThrow(() -> new NotFoundException("Action plan " + actionPlanId));
		if (!plan.getObjectives().isEmpty()) {
			this.repository.fetchSubObjectives(actionPlanId);
			this.repository.fetchActions(actionPlanId);
			this.repository.fetchRecommendations(actionPlanId);
		}
		return plan;
	}

	/** Whoever may read the plan on its page may export it. */
	private boolean mayRead(ActionPlan plan, Authentication who) {
		return plan.getStatus() == ActionPlanStatus.FINAL || this.access.canReadDraftActionPlans(who);
	}

	private void checkMayImport(ActionPlan plan, Authentication who) {
		if (!this.access.canEditProgramme(who, plan.getProgramme().getId())) {
			throw new AccessDeniedException("Importing into action plan " + plan.getId());
		}
	}

	private static PlanHeader header(ActionPlan plan) {
		return new PlanHeader(plan.getId(), plan.getTitle(), plan.financialYear().label(), plan.getProgramme().getId(),
				plan.getProgramme().getNumber());
	}

	private static List<Objective> sortedObjectives(ActionPlan plan) {
		return plan.getObjectives().stream().sorted(Comparator.comparingInt(Objective::getPosition)).toList();
	}

	private static List<String> row(Objective objective, Action action) {
		SubObjective sub = action.getSubObjective();
		return Arrays.asList(String.valueOf(action.getId()), String.valueOf(objective.getNumber()),
				objective.getTitle(), objective.getLead(), (sub != null) ? sub.getLetter() : null,
				(sub != null) ? sub.getTitle() : null, (sub != null) ? sub.getLead() : null,
				ActionPlanImportCheck.recommendationsText(action.getRecommendations()), action.getDescription(),
				action.getOwners(), action.getDeadlineText(), ActionPlanImportCheck.bragText(action.getBrag()),
				action.getKpiText(), action.getExpectedOutcome());
	}

	/** The plan an import page is about. */
	public record PlanHeader(long id, String title, String year, long programmeId, int programmeNumber) {
	}

	/**
	 * The outcome of confirming an import.
	 *
	 * @param applied whether the rows were saved
	 * @param preview the rows as checked when confirming
	 */
	public record Confirmation(boolean applied, ActionPlanPreview preview) {
	}

}
