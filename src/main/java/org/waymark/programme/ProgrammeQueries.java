package org.waymark.programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.NotFoundException;

import java.util.List;

/** What other modules' pages ask about improvement programmes. */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries {

	private final ImprovementProgrammeRepository programmes;

	ProgrammeQueries(ImprovementProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	/** The plan's programmes by number, each with its delivery group loaded. */
	public List<ImprovementProgramme> programmesOf(long planId) {
		return this.programmes.findByPlan(planId);
	}

	/**
	 * A programme with its plan and delivery group loaded.
	 * @throws NotFoundException if there is no such programme
	 */
	public ImprovementProgramme programme(long programmeId) {
		return this.programmes.findWithPlanAndGroup(programmeId)
			.orElseThrow(() -> new NotFoundException("Programme " + programmeId));
	}

}
