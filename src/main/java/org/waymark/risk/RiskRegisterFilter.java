package org.waymark.risk;

import java.util.Collection;

/**
 * The register's reading of its address: the {@link RiskFilter} the heat map and the
 * attention list read too, and, from a heat map cell's link, one likelihood and impact.
 * Like the rest of the filter, a likelihood or impact the register does not understand is
 * refused rather than set aside.
 *
 * @param filter the programme and status shown
 * @param cell the likelihood and impact shown, or null for every score
 */
public record RiskRegisterFilter(RiskFilter filter, RiskScore cell) {

	public RiskRegisterFilter {
		if (filter == null) {
			throw new IllegalArgumentException("A register filter needs a programme and status filter");
		}
	}

	/**
	 * Reads the filters from the address's parameters, each of which may be null.
	 * @param programmeIds the plan's programmes
	 * @throws UnknownRiskFilterException for a programme that is not one of the plan's, a
	 * status other than open, closed or all, a likelihood or impact that is not a whole
	 * number from 1 to 5, or one of them without the other
	 */
	public static RiskRegisterFilter read(String programme, String status, String likelihood, String impact,
			Collection<Long> programmeIds) {
		return new RiskRegisterFilter(RiskFilter.parse(programme, status, programmeIds), cell(likelihood, impact));
	}

	private static RiskScore cell(String likelihood, String impact) {
		Integer l = rating("likelihood", likelihood);
		Integer i = rating("impact", impact);
		if (l == null && i == null) {
			return null;
		}
		if (l == null || i == null) {
			// A heat map cell is both: one alone would show a row or column of cells.
			throw new UnknownRiskFilterException("cell", (l != null) ? likelihood : impact);
		}
		return new RiskScore(l, i);
	}

	/** A blank value is none; anything else must be a whole number from 1 to 5. */
	private static Integer rating(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String digits = value.strip();
		if (digits.matches("\\d{1,2}")) {
			int rating = Integer.parseInt(digits);
			if (rating >= RiskScore.MIN_RATING && rating <= RiskScore.MAX_RATING) {
				return rating;
			}
		}
		throw new UnknownRiskFilterException(parameter, value);
	}

	public boolean matches(RiskSummary risk) {
		return this.filter.includes(risk) && (this.cell == null || this.cell.equals(risk.score()));
	}

}
