package org.waymark.report;

import java.util.Optional;

/**
 * The sections of an executive summary that list points from the programmes' reports, in
 * the order the summary prints them, and which report sections feed each: the paper
 * summary gathers slippage, issues, risks and variances under one heading.
 */
public enum SummarySection {

	ACHIEVEMENTS("achievements"), SLIPPAGE_ISSUES_RISKS("slippage"), NEXT_QUARTER("next-quarter"),
	DECISIONS_REQUIRED("decisions");

	private final String slug;

	SummarySection(String slug) {
		this.slug = slug;
	}

	/**
	 * The summary section a report section's points go to; every report section has one.
	 */
	public static SummarySection of(SectionType type) {
		return switch (type) {
			case ACHIEVEMENTS -> ACHIEVEMENTS;
			case SLIPPAGE, RISKS, ISSUES, VARIANCES -> SLIPPAGE_ISSUES_RISKS;
			case NEXT_PERIOD -> NEXT_QUARTER;
			case DECISIONS_REQUIRED -> DECISIONS_REQUIRED;
		};
	}

	public static Optional<SummarySection> fromSlug(String slug) {
		for (SummarySection section : values()) {
			if (section.slug.equals(slug)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

	public String slug() {
		return this.slug;
	}

	public String messageKey() {
		return "summary.section." + name();
	}

}
