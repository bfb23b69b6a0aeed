package org.waymark.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The narrative sections of a highlight report, in the order and numbering of the
 * Children's Trust template (section 1, the overall status, is held on the report
 * itself).
 */
public enum SectionType {

	ACHIEVEMENTS(2), SLIPPAGE(2), NEXT_PERIOD(3), RISKS(4), ISSUES(5), VARIANCES(6), DECISIONS_REQUIRED(7);

	private final int templateNumber;

	SectionType(int templateNumber) {
		this.templateNumber = templateNumber;
	}

	/**
	 * The section's number on the paper template; achievements and slippage share section
	 * 2.
	 */
	public int templateNumber() {
		return this.templateNumber;
	}

	/** The section's part of a web address, e.g. "next-period". */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The section a web address names, if any. */
	public static Optional<SectionType> fromSlug(String slug) {
		for (SectionType type : values()) {
			if (type.slug().equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	public String messageKey() {
		return "report.section." + name();
	}

}
