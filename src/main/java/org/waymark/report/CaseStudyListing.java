package org.waymark.report;

/**
 * A case study as listed on a report: its text, and its attachment's details without the
 * bytes.
 */
record CaseStudyListing(long id, String title, String summary, Long attachmentId, String fileName, String contentType,
		Long sizeBytes) {

}
