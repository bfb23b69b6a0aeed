package org.waymark.measure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

/**
 * Adding and changing measures: for the programme's leads and admins (DESIGN.md, "People
 * and what they do"), checked here on the server for every request.
 */
@Service
@Transactional
public class MeasureEditing {

	private final MeasureRepository measures;

	private final ProgrammeQueries programmes;

	private final AccessPolicy access;

	private final EntityManager entityManager;

	MeasureEditing(MeasureRepository measures, ProgrammeQueries programmes, AccessPolicy access,
			EntityManager entityManager) {
		this.measures = measures;
		this.programmes = programmes;
		this.access = access;
		this.entityManager = entityManager;
	}

	/**
	 * The form for a new measure of the programme.
	 * @throws NotFoundException if there is no such programme
	 * @throws AccessDeniedException if the user may not change the programme's measures
	 */
	@Transactional(readOnly = true)
	public MeasureForEditing forNew(long programmeId, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		requireEditor(programmeId, who);
		return new MeasureForEditing(null, 0, programmeId, programme.getNumber(), programme.label(),
				programme.getTitle(), null);
	}

	/**
	 * The form for changing a measure, filled in with what is saved.
	 * @throws NotFoundException if there is no such measure
	 * @throws AccessDeniedException if the user may not change the programme's measures
	 */
	@Transactional(readOnly = true)
	public MeasureForEditing forChange(long measureId, Authentication who) {
		Measure measure = this.measures.findForPage(measureId)
			.orElseThrow(() -> new NotFoundException("Measure " + measureId));
		ImprovementProgramme programme = measure.getProgramme();
		requireEditor(programme.getId(), who);
		return new MeasureForEditing(measureId, measure.getVersion(), programme.getId(), programme.getNumber(),
				programme.label(), programme.getTitle(), MeasureDetails.of(measure));
	}

	/**
	 * Adds a measure after the programme's others.
	 * @return the new measure's id
	 */
	public long add(long programmeId, MeasureDetails details, Authentication who) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		requireEditor(programmeId, who);
		Measure measure = new Measure(programme, details.name(), details.unit(), details.polarity(),
				this.measures.lastPosition(programmeId) + 1);
		details.applyTo(measure);
		return this.measures.save(measure).getId();
	}

	/**
	 * Saves a change to a measure made from a form that showed the given version.
	 * @throws MeasureChangedException if the measure has been saved since that version
	 */
	public void change(long measureId, long version, MeasureDetails details, Authentication who) {
		Measure measure = this.measures.findForPage(measureId)
			.orElseThrow(() -> new NotFoundException("Measure " + measureId));
		requireEditor(measure.getProgramme().getId(), who);
		if (measure.getVersion() != version) {
			throw new MeasureChangedException(measureId);
		}
		details.applyTo(measure);
		// A change to the comparators alone leaves the measure's own columns as they
		// were: its version must still go up, so that a form showing the old comparators
		// cannot overwrite the new ones.
		this.entityManager.lock(measure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private void requireEditor(long programmeId, Authentication who) {
		if (!this.access.canEditProgramme(who, programmeId)) {
			throw new AccessDeniedException("May not change the measures of programme " + programmeId);
		}
	}

}
