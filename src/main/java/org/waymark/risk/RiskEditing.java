package org.waymark.risk;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.Plan;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.NotFoundException;
import org.waymark.user.WaymarkUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Changing risk registers: adding risks, changing their details and status, re-scoring
 * them (each re-score is an assessment kept in the history) and changing their
 * mitigations. A programme's risks are for its leads and admins, plan-wide and corporate
 * risks for admins ({@link RiskEditors}), checked here on the server for every request; a
 * missing risk or mitigation is "not found" before anything is refused.
 */
@Service
@Transactional
public class RiskEditing {

	/** The note on the assessment recorded when a risk is added with a score. */
	static final String FIRST_ASSESSMENT_NOTE = "First assessment";

	private final RiskRepository risks;

	private final ProgrammeQueries programmes;

	private final RiskEditors editors;

	private final RiskBands bands;

	private final Clock clock;

	private final EntityManager entityManager;

	RiskEditing(RiskRepository risks, ProgrammeQueries programmes, RiskEditors editors, RiskBands bands, Clock clock,
			EntityManager entityManager) {
		this.risks = risks;
		this.programmes = programmes;
		this.editors = editors;
		this.bands = bands;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Today where the partnership is, the latest day an assessment may be dated. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Where the person may add a risk to the plan's register.
	 * @throws NotFoundException if there is no such plan
	 * @throws AccessDeniedException if they may add to no register of the plan
	 */
	@Transactional(readOnly = true)
	public NewRiskChoices forNew(long planId, Authentication who) {
		Plan plan = plan(planId);
		List<NewRiskChoices.Programme> choices = this.programmes.programmesOf(planId)
			.stream()
			.filter((programme) -> this.editors.mayEdit(who, programme.getId()))
			.map((programme) -> new NewRiskChoices.Programme(programme.getId(), programme.getNumber(),
					plan.programmeLabel(programme.getNumber()), programme.getTitle()))
			.toList();
		boolean corporate = this.editors.mayEdit(who, null);
		if (choices.isEmpty() && !corporate) {
			throw new AccessDeniedException("May not add risks to plan " + planId);
		}
		return new NewRiskChoices(planId, plan.getTitle(), choices, corporate);
	}

	/**
	 * Checks that the person may add a risk to the programme's register (or, for null, a
	 * plan-wide one).
	 * @throws NotFoundException if the programme is not one of the plan's
	 * @throws AccessDeniedException if they may not
	 */
	@Transactional(readOnly = true)
	public void requireMayAdd(long planId, Long programmeId, Authentication who) {
		if (programmeId != null) {
			programmeOf(planId, programmeId);
		}
		if (!this.editors.mayEdit(who, programmeId)) {
			throw new AccessDeniedException("May not add risks to the register of programme " + programmeId);
		}
	}

	/**
	 * Adds a risk after the plan's others; with an initial score, its first assessment is
	 * recorded as made today by the person adding it.
	 * @return the new risk's id
	 */
	public long add(long planId, NewRisk newRisk, Authentication who) {
		Plan plan = plan(planId);
		ImprovementProgramme programme = (newRisk.programmeId() != null) ? programmeOf(planId, newRisk.programmeId())
				: null;
		requireMayAdd(planId, newRisk.programmeId(), who);
		Risk risk = new Risk(plan, programme, newRisk.details().title(), this.risks.lastPosition(planId) + 1);
		newRisk.details().applyTo(risk);
		if (newRisk.initialScore() != null) {
			risk.assess(today(), displayName(who), newRisk.initialScore(), FIRST_ASSESSMENT_NOTE);
		}
		return this.risks.save(risk).getId();
	}

	/**
	 * The forms for changing a risk, re-scoring it and changing its mitigations, filled
	 * in with what is saved.
	 * @throws NotFoundException if there is no such risk
	 * @throws AccessDeniedException if the person may not change it
	 */
	@Transactional(readOnly = true)
	public RiskForEditing forChange(long riskId, Authentication who) {
		Risk risk = editable(riskId, who);
		this.risks.fetchAssessments(riskId);
		RiskScore score = risk.score().orElse(null);
		ImprovementProgramme programme = risk.getProgramme();
		return new RiskForEditing(riskId, risk.getVersion(), risk.getPlan().getId(),
				(programme != null) ? programme.getId() : null, (programme != null) ? programme.getNumber() : null,
				(programme != null) ? risk.getPlan().programmeLabel(programme.getNumber()) : null,
				(programme != null) ? programme.getTitle() : null, RiskDetails.of(risk), risk.getStatus(), score,
				(score != null) ? this.bands.bandOf(score) : null,
				risk.latestAssessment().map(RiskAssessment::getAssessedOn).orElse(null),
				risk.getMitigations()
					.stream()
					.map((mitigation) -> new SavedMitigation(mitigation.getId(), MitigationDetails.of(mitigation)))
					.toList());
	}

	/**
	 * As {@link #forChange}, for a form about one of the risk's mitigations.
	 * @throws NotFoundException if there is no such risk, or the mitigation is not one of
	 * its
	 */
	@Transactional(readOnly = true)
	public RiskForEditing forMitigation(long riskId, long mitigationId, Authentication who) {
		Risk risk = found(riskId);
		mitigationOf(risk, mitigationId);
		return forChange(riskId, who);
	}

	/**
	 * Saves a change to a risk's details and status made from a form that showed the
	 * given version.
	 * @throws RiskChangedException if the risk has been saved since that version
	 */
	public void change(long riskId, long version, RiskDetails details, RiskStatus status, Authentication who) {
		Risk risk = editable(riskId, who);
		requireVersion(risk, version);
		details.applyTo(risk);
		risk.setStatus(status);
	}

	/**
	 * Re-scores an open risk, recording the assessment in its history as made by the
	 * person. An assessment dated before the latest one adds history without changing the
	 * current score.
	 * @throws RiskClosedException if the risk is closed
	 */
	public Rescoring assess(long riskId, LocalDate on, RiskScore score, String note, Authentication who) {
		Risk risk = editable(riskId, who);
		if (!risk.isOpen()) {
			throw new RiskClosedException(riskId);
		}
		if (on.isAfter(today())) {
			throw new IllegalArgumentException("An assessment cannot be dated in the future: " + on);
		}
		this.risks.fetchAssessments(riskId);
		RiskScore previous = risk.score().orElse(null);
		LocalDate latest = risk.latestAssessment().map(RiskAssessment::getAssessedOn).orElse(null);
		risk.assess(on, displayName(who), score, note);
		// A back-dated assessment leaves the risk's own columns as they were: its version
		// must still go up, so that forms showing the older history are refused.
		this.entityManager.lock(risk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return new Rescoring(on, score, this.bands.bandOf(score), previous, latest == null || !on.isBefore(latest));
	}

	/**
	 * Adds a mitigation after the risk's others, from a form that showed the given
	 * version of the risk.
	 * @throws RiskChangedException if the risk has been saved since that version
	 */
	public void addMitigation(long riskId, long version, MitigationDetails details, Authentication who) {
		Risk risk = editable(riskId, who);
		requireVersion(risk, version);
		risk.addMitigation(details.description(), details.owner(), details.status());
		bumpVersion(risk);
	}

	/**
	 * Changes one of the risk's mitigations, from a form that showed the given version of
	 * the risk.
	 * @throws NotFoundException if the mitigation is not one of the risk's
	 * @throws RiskChangedException if the risk has been saved since that version
	 */
	public void changeMitigation(long riskId, long mitigationId, long version, MitigationDetails details,
			Authentication who) {
		Risk risk = found(riskId);
		RiskMitigation mitigation = mitigationOf(risk, mitigationId);
		requireEditor(risk, who);
		requireVersion(risk, version);
		risk.changeMitigation(mitigation, details.description(), details.owner(), details.status());
		bumpVersion(risk);
	}

	/**
	 * Removes one of the risk's mitigations, from a page that showed the given version of
	 * the risk.
	 * @throws NotFoundException if the mitigation is not one of the risk's
	 * @throws RiskChangedException if the risk has been saved since that version
	 */
	public void removeMitigation(long riskId, long mitigationId, long version, Authentication who) {
		Risk risk = found(riskId);
		RiskMitigation mitigation = mitigationOf(risk, mitigationId);
		requireEditor(risk, who);
		requireVersion(risk, version);
		risk.removeMitigation(mitigation);
		bumpVersion(risk);
	}

	/**
	 * A change to the mitigations alone leaves the risk's own columns as they were: its
	 * version must still go up, so that a form showing the old mitigations cannot
	 * overwrite the new ones.
	 */
	private void bumpVersion(Risk risk) {
		this.entityManager.lock(risk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private Plan plan(long planId) {
		Plan plan = this.entityManager.find(Plan.class, planId);
		if (plan == null) {
			throw new NotFoundException("Plan " + planId);
		}
		return plan;
	}

	/** A programme of the plan: one of another plan is as good as missing here. */
	private ImprovementProgramme programmeOf(long planId, long programmeId) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		if (programme.getPlan().getId() != planId) {
			throw new NotFoundException("Programme " + programmeId + " of plan " + planId);
		}
		return programme;
	}

	private Risk found(long riskId) {
		return this.risks.findForPage(riskId).orElseThrow(() -> new NotFoundException("Risk " + riskId));
	}

	private Risk editable(long riskId, Authentication who) {
		Risk risk = found(riskId);
		requireEditor(risk, who);
		return risk;
	}

	private void requireEditor(Risk risk, Authentication who) {
		Long programmeId = (risk.getProgramme() != null) ? risk.getProgramme().getId() : null;
		if (!this.editors.mayEdit(who, programmeId)) {
			throw new AccessDeniedException("May not change risk " + risk.getId());
		}
	}

	private static RiskMitigation mitigationOf(Risk risk, long mitigationId) {
		return risk.mitigation(mitigationId)
			.orElseThrow(() -> new NotFoundException("Mitigation " + mitigationId + " of risk " + risk.getId()));
	}

	private static void requireVersion(Risk risk, long version) {
		if (risk.getVersion() != version) {
			throw new RiskChangedException(risk.getId());
		}
	}

	/**
	 * Who an assessment is recorded as made by: the person's name as Waymark shows it.
	 */
	private static String displayName(Authentication who) {
		return (who.getPrincipal() instanceof WaymarkUser user) ? user.getDisplayName() : who.getName();
	}

}
