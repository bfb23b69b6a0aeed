package org.waymark.measure.transfer;

import java.util.List;

/**
 * The columns of a measure values spreadsheet, in the order Waymark writes them. A row
 * names its measure by {@link #MEASURE_ID} or, failing that, by its exact
 * {@link #MEASURE} name within the programme. docs/import-formats.md describes each.
 */
public final class MeasureValueColumns {

	public static final String MEASURE_ID = "Measure ID";

	public static final String MEASURE = "Measure";

	public static final String PERIOD = "Period";

	public static final String PERIOD_END = "Period end";

	public static final String VALUE = "Value";

	public static final String DATA_STATUS = "Data status";

	public static final String DEFINITION_CHANGED = "Definition changed";

	public static final List<String> ALL = List.of(MEASURE_ID, MEASURE, PERIOD, PERIOD_END, VALUE, DATA_STATUS,
			DEFINITION_CHANGED);

	public static final List<String> REQUIRED = List.of(PERIOD_END, VALUE);

	private MeasureValueColumns() {
	}

}
