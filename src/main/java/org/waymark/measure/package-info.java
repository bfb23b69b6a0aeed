/**
 * Outcome measures (KPIs) with targets and comparators, their reported values over time,
 * and the direction-of-travel rule that reads two values by the measure's polarity.
 */
package org.waymark.measure;
