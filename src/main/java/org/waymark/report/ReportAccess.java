package org.waymark.report;

/** What decides who may read a report: its programme and its workflow state. */
record ReportAccess(long programmeId, ReportState state) {

}
