package org.waymark.dashboard;

import java.util.Locale;
import java.util.Optional;

/**
 * What a RAG view item is, in the order a programme's items are listed: its overall
 * status first, then its actions, measures and risks.
 */
public enum RagItemType {

	STATUS, ACTION, MEASURE, RISK;

	/** The value the filter form sends: "status", "action". */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "rag.type." + name();
	}

	static Optional<RagItemType> fromParameter(String value) {
		for (RagItemType type : values()) {
			if (type.parameter().equalsIgnoreCase(value.strip())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
