package org.waymark.report;

import org.springframework.stereotype.Component;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.plan.ReportingPeriod;

/**
 * Writes report and executive summary state changes to the audit log, naming the report
 * the way its plan names its programmes ("Priority 2, 2026/27 Q1").
 */
@Component
class ReportEvents {

	private final AuditLog audit;

	ReportEvents(AuditLog audit) {
		this.audit = audit;
	}

	void started(HighlightReport report) {
		this.audit.record(AuditCategory.REPORT, "Started the highlight report", subject(report));
	}

	void submitted(HighlightReport report) {
		this.audit.record(AuditCategory.REPORT, "Submitted the highlight report", subject(report));
	}

	void returnedForChanges(HighlightReport report, String comment) {
		this.audit.record(AuditCategory.REPORT, "Returned the highlight report for changes: " + comment,
				subject(report));
	}

	void published(HighlightReport report) {
		String summary = report.isCorrection()
				? "Published a correction of the highlight report (revision " + report.getRevision() + ")"
				: "Published the highlight report";
		this.audit.record(AuditCategory.REPORT, summary, subject(report));
	}

	void correctionStarted(HighlightReport correction, String reason) {
		String summary = "Started a correction of the highlight report"
				+ ((reason != null && !reason.isBlank()) ? ": " + reason.strip() : "");
		this.audit.record(AuditCategory.REPORT, summary, subject(correction));
	}

	void summaryDrafted(ExecutiveSummary summary) {
		this.audit.record(AuditCategory.SUMMARY,
				"Drafted the executive summary from the quarter's reports (revision " + summary.getRevision() + ")",
				summarySubject(summary.getReportingPeriod()));
	}

	void summaryEdited(ExecutiveSummary summary) {
		this.audit.record(AuditCategory.SUMMARY,
				"Edited the executive summary (revision " + summary.getRevision() + ")",
				summarySubject(summary.getReportingPeriod()));
	}

	void summaryPublished(ExecutiveSummary summary) {
		this.audit.record(AuditCategory.SUMMARY,
				"Published the executive summary (revision " + summary.getRevision() + ")",
				summarySubject(summary.getReportingPeriod()));
	}

	/** "Programme 3, 2017/18 Q3". */
	static String subject(HighlightReport report) {
		ReportingPeriod period = report.getReportingPeriod();
		return period.getPlan().programmeLabel(report.getProgramme().getNumber()) + ", " + period.label();
	}

	/** "Executive summary, 2017/18 Q3". */
	static String summarySubject(ReportingPeriod period) {
		return "Executive summary, " + period.label();
	}

}
