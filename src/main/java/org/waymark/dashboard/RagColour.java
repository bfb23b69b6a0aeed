package org.waymark.dashboard;

import java.util.Locale;
import java.util.Optional;

/**
 * Why an item is on the RAG view: rated red or amber, an action past its deadline and not
 * complete, or a measure that got worse since the quarter before. An item can be on the
 * view for more than one reason (a red action that is also overdue). Each is written in
 * words on its tag, so nothing is told by colour alone.
 */
public enum RagColour {

	RED("govuk-tag--red"), AMBER("govuk-tag--yellow"), OVERDUE("govuk-tag--orange"), DETERIORATED("govuk-tag--pink");

	private final String tagClass;

	RagColour(String tagClass) {
		this.tagClass = tagClass;
	}

	/** The value the filter form sends: "red", "overdue". */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "rag.colour." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

	/** The colour a filter value names, read without regard to case. */
	static Optional<RagColour> fromParameter(String value) {
		for (RagColour colour : values()) {
			if (colour.parameter().equalsIgnoreCase(value.strip())) {
				return Optional.of(colour);
			}
		}
		return Optional.empty();
	}

}
