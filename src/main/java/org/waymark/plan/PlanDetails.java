package org.waymark.plan;

/**
 * What the business manager types about a plan: its title and short name, the financial
 * years it spans, its vision, and what it calls its programmes.
 *
 * @param vision the vision or summary, or null
 * @param programmeTerm what one programme is called, e.g. "priority"
 * @param programmeTermPlural its plural, e.g. "priorities"
 */
public record PlanDetails(String title, String shortName, FinancialYear first, FinancialYear last, String vision,
		String programmeTerm, String programmeTermPlural) {
}
