package org.waymark.measure;

import java.math.BigDecimal;

/**
 * A comparator as entered: "Stat neighbour average", 52.07, "2016".
 *
 * @param label what the figure is; never blank
 * @param value the figure, or null where the label says it all
 * @param period the period the figure describes, or null
 */
public record ComparatorDetails(String label, BigDecimal value, String period) {
}
