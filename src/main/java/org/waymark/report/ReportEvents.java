package org.waymark.report;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.plan.ReportingPeriod;

/**
 * Writes report and executive summary state changes to the audit log, naming the report
 * the way its plan names its programmes ("Priority 2, 2026/27 Q1"), as done by the person
 * the service acted for.
 */
@Component
class ReportEvents {

	private final AuditLog audit;

	ReportEvents(AuditLog audit) {
		this.audit = audit;
	}

	void started(HighlightReport report, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.REPORT, "Started the highlight report", subject(report));
	}

	void submitted(HighlightReport report, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.REPORT, "Submitted the highlight report", subject(report));
	}

	void returnedForChanges(HighlightReport report, String comment, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.REPORT,
				"Returned the highlight report for changes: " + comment, subject(report));
	}

	void published(HighlightReport report, Authentication who) {
		String summary = report.isCorrection()
				? "Published a correction of the highlight report (revision " + report.getRevision() + ")"
				: "Published the highlight report";
		this.audit.recordAs(who.getName(), AuditCategory.REPORT, summary, subject(report));
	}

	void correctionStarted(HighlightReport correction, String reason, Authentication who) {
		String summary = "Started a correction of the highlight report"
				+ ((reason != null && !reason.isBlank()) ? ": " + reason.strip() : "");
		this.audit.recordAs(who.getName(), AuditCategory.REPORT, summary, subject(correction));
	}

	void summaryDrafted(ExecutiveSummary summary, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.SUMMARY,
				"Drafted the executive summary from the quarter's reports (revision " + summary.getRevision() + ")",
				summarySubject(summary.getReportingPeriod()));
	}

	void summaryEdited(ExecutiveSummary summary, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.SUMMARY,
				"Edited the executive summary (revision " + summary.getRevision() + ")",
				summarySubject(summary.getReportingPeriod()));
	}

	void summaryPublished(ExecutiveSummary summary, Authentication who) {
		this.audit.recordAs(who.getName(), AuditCategory.SUMMARY,
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
