package org.waymark.measure;

import java.util.List;

/**
 * A programme's measures, grouped by heading in order, each with its latest value, the
 * direction of travel and where it stands against its target.
 *
 * @param programmeLabel the programme in its plan's term, "Priority 3"
 * @param canEdit whether the reader may add and change the programme's measures
 */
public record ProgrammeMeasures(long programmeId, int programmeNumber, String programmeLabel, String programmeTitle,
		boolean canEdit, List<Group> groups) {

	/** The measures under one heading; the heading is null for measures without one. */
	public record Group(String heading, List<Row> measures) {
	}

	/**
	 * @param latest the latest published value, or null
	 * @param rating the latest figure against the target
	 */
	public record Row(long id, String name, ReportedValue latest, DirectionOfTravel direction, TargetRating rating) {
	}

}
