package org.waymark.report;

import org.waymark.report.HighlightReportView.CaseStudyView;
import org.waymark.report.HighlightReportView.Header;

import java.util.List;

/** A report's case studies as the page for writing them shows them. */
public record CaseStudiesDraft(Header header, List<CaseStudyView> caseStudies) {

}
