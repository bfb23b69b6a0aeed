package org.waymark.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong with one cell of an imported row, for the preview: the column's heading
 * as in the file, and a message ({@code messageKey} with its arguments).
 */
public record RowProblem(String column, String messageKey, List<String> arguments) implements Serializable {

	public RowProblem {
		arguments = List.copyOf(arguments);
	}

	public static RowProblem of(String column, String messageKey, Object... arguments) {
		return new RowProblem(column, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The arguments as an array, for a message source. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
