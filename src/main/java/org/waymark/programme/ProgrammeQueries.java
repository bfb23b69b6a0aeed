package org.waymark.programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.NotFoundException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
	 * The programmes of several plans, grouped by plan id and in number order within each
	 * (one query).
	 */
	public Map<Long, List<ImprovementProgramme>> programmesOf(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		return this.programmes.findByPlans(planIds)
			.stream()
			.collect(Collectors.groupingBy((p) -> p.getPlan().getId(), LinkedHashMap::new, Collectors.toList()));
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
