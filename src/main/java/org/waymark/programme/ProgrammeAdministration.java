package org.waymark.programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.plan.Plan;
import org.waymark.plan.PlanQueries;
import org.waymark.shared.NotFoundException;

import java.util.List;

/**
 * The business manager's changes to a plan's programmes and to delivery groups, each
 * written to the audit log. Callers check that the user is an admin.
 */
@Service
@Transactional
public class ProgrammeAdministration {

	private final ImprovementProgrammeRepository programmes;

	private final DeliveryGroupRepository groups;

	private final PlanQueries plans;

	private final AuditLog audit;

	ProgrammeAdministration(ImprovementProgrammeRepository programmes, DeliveryGroupRepository groups,
			PlanQueries plans, AuditLog audit) {
		this.programmes = programmes;
		this.groups = groups;
		this.plans = plans;
		this.audit = audit;
	}

	/**
	 * The number a new programme of the plan gets unless told otherwise: the next one.
	 */
	@Transactional(readOnly = true)
	public int nextNumber(long planId) {
		return this.programmes.findByPlan(planId).stream().mapToInt(ImprovementProgramme::getNumber).max().orElse(0)
				+ 1;
	}

	/**
	 * Adds a programme to a plan.
	 * @throws ProgrammeRuleException if another programme of the plan has the number
	 */
	public ImprovementProgramme add(long planId, ProgrammeDetails details) {
		Plan plan = this.plans.plan(planId);
		refuseTakenNumber(planId, details.number(), null);
		ImprovementProgramme programme = new ImprovementProgramme(plan, details.number(), details.title(),
				chosenGroup(details.deliveryGroupId()));
		programme.describe(details.title(), details.description(), chosenGroup(details.deliveryGroupId()),
				details.seniorResponsibleOwners(), details.scrutinyChampions());
		this.programmes.save(programme);
		this.audit.record(AuditCategory.PLAN,
				"Added " + plan.programmeLabel(programme.getNumber()) + " " + programme.getTitle(),
				plan.getShortName());
		return programme;
	}

	/**
	 * Changes a programme, renumbering it if the number changed.
	 * @throws ProgrammeRuleException if another programme of the plan has the new number
	 */
	public ImprovementProgramme update(long planId, long programmeId, ProgrammeDetails details) {
		ImprovementProgramme programme = programme(planId, programmeId);
		Plan plan = programme.getPlan();
		int before = programme.getNumber();
		if (details.number() != before) {
			refuseTakenNumber(planId, details.number(), programmeId);
			programme.renumber(details.number());
		}
		programme.describe(details.title(), details.description(), chosenGroup(details.deliveryGroupId()),
				details.seniorResponsibleOwners(), details.scrutinyChampions());
		this.audit.record(AuditCategory.PLAN,
				(before != programme.getNumber())
						? "Renumbered " + plan.programmeLabel(before) + " as "
								+ plan.programmeLabel(programme.getNumber()) + " and saved its details"
						: "Changed the details of " + plan.programmeLabel(before),
				plan.getShortName());
		return programme;
	}

	/**
	 * Retires a programme, or puts a retired one back in use.
	 * @param shownRetired whether the page the request came from showed it retired: a
	 * page that is out of date is refused rather than acted on
	 * @throws ProgrammeRuleException if the programme is already as asked
	 */
	public ImprovementProgramme retire(long planId, long programmeId, boolean retire, Boolean shownRetired) {
		ImprovementProgramme programme = programme(planId, programmeId);
		if (shownRetired == null || shownRetired != programme.isRetired() || programme.isRetired() == retire) {
			throw new ProgrammeRuleException("programmeRetire.stale", "The programme is already as asked");
		}
		Plan plan = programme.getPlan();
		if (retire) {
			programme.retire();
		}
		else {
			programme.reinstate();
		}
		this.audit.record(AuditCategory.PLAN,
				(retire ? "Retired " : "Put back in use ") + plan.programmeLabel(programme.getNumber()),
				plan.getShortName());
		return programme;
	}

	/** A programme of the plan, with its plan and group. */
	@Transactional(readOnly = true)
	public ImprovementProgramme programme(long planId, long programmeId) {
		return this.programmes.findWithPlanAndGroup(programmeId)
			.filter((programme) -> programme.getPlan().getId() == planId)
			.orElseThrow(() -> new NotFoundException("Programme " + programmeId + " of plan " + planId));
	}

	/** Every delivery group by name. */
	@Transactional(readOnly = true)
	public List<DeliveryGroup> groups() {
		return this.groups.findAllByOrderByNameAscIdAsc();
	}

	/** A delivery group. */
	@Transactional(readOnly = true)
	public DeliveryGroup group(long groupId) {
		return this.groups.findById(groupId).orElseThrow(() -> new NotFoundException("Delivery group " + groupId));
	}

	/**
	 * Adds a delivery group.
	 * @throws ProgrammeRuleException if a group has the name
	 */
	public DeliveryGroup addGroup(String name, String chairName, String chairTitle) {
		refuseTakenName(name, null);
		DeliveryGroup group = this.groups.save(new DeliveryGroup(name, chairName, chairTitle));
		this.audit.record(AuditCategory.PLAN, "Added the delivery group " + name, null);
		return group;
	}

	/**
	 * Changes a delivery group's name or chair.
	 * @throws ProgrammeRuleException if another group has the name
	 */
	public DeliveryGroup updateGroup(long groupId, String name, String chairName, String chairTitle) {
		DeliveryGroup group = group(groupId);
		refuseTakenName(name, groupId);
		group.describe(name, chairName, chairTitle);
		this.audit.record(AuditCategory.PLAN, "Changed the delivery group " + name, null);
		return group;
	}

	private DeliveryGroup chosenGroup(Long groupId) {
		if (groupId == null) {
			return null;
		}
		return this.groups.findById(groupId)
			.orElseThrow(() -> new ProgrammeRuleException("programmeForm.group.unknown", "No group " + groupId));
	}

	private void refuseTakenNumber(long planId, int number, Long programmeId) {
		boolean taken = this.programmes.findByPlan(planId)
			.stream()
			.anyMatch((other) -> other.getNumber() == number && !other.getId().equals(programmeId));
		if (taken) {
			throw new ProgrammeRuleException("programmeForm.number.taken", "Number " + number + " is taken");
		}
	}

	private void refuseTakenName(String name, Long groupId) {
		this.groups.findByNameIgnoreCase(name.strip())
			.filter((other) -> groupId == null || !other.getId().equals(groupId))
			.ifPresent((other) -> {
				throw new ProgrammeRuleException("groupForm.name.taken", name + " is taken");
			});
	}

}
