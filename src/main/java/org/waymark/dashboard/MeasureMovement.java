package org.waymark.dashboard;

import org.waymark.measure.DirectionOfTravel;

import java.util.List;

/**
 * How a programme's measures moved in a quarter, counted from the measures table of the
 * report shown for it: the direction each row shows (the lead's override where there is
 * one).
 *
 * @param reported whether there is a measures table to count from; false when no report
 * is shown or it has no measures
 */
public record MeasureMovement(boolean reported, int improved, int same, int deteriorated, int notComparable) {

	static final MeasureMovement NONE = new MeasureMovement(false, 0, 0, 0, 0);

	static MeasureMovement of(List<DirectionOfTravel> directions) {
		if (directions == null || directions.isEmpty()) {
			return NONE;
		}
		int[] counts = new int[DirectionOfTravel.values().length];
		directions.forEach((direction) -> counts[direction.ordinal()]++);
		return new MeasureMovement(true, counts[DirectionOfTravel.IMPROVED.ordinal()],
				counts[DirectionOfTravel.SAME.ordinal()], counts[DirectionOfTravel.DETERIORATED.ordinal()],
				counts[DirectionOfTravel.NOT_COMPARABLE.ordinal()]);
	}

}
