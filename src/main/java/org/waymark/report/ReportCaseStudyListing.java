package org.waymark.report;

/**
 * A case study as listed on a report, with the report it belongs to: for reading several
 * reports' case studies in one query.
 */
record ReportCaseStudyListing(long reportId, long id, String title, String summary, Long attachmentId, String fileName,
		String contentType, Long sizeBytes) {

	CaseStudyListing listing() {
		return new CaseStudyListing(this.id, this.title, this.summary, this.attachmentId, this.fileName,
				this.contentType, this.sizeBytes);
	}

}
