/**
 * Quarterly highlight reports (status, narrative sections, measures table, case studies)
 * and their workflow, reporting exemptions, and the plan's executive summary for each
 * quarter.
 */
package org.waymark.report;
