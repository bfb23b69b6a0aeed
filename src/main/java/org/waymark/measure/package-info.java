/**
 * Outcome measures (KPIs) with targets and comparators, their reported values over time,
 * the direction-of-travel rule that reads two values by the measure's polarity and the
 * target RAG that reads the latest value against the target; the measure pages (history
 * chart and table) and adding and changing measures.
 */
package org.waymark.measure;
