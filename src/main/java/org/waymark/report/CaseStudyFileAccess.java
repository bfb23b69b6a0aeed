package org.waymark.report;

/**
 * What decides whether a case study's file may be downloaded, read without the file: the
 * report's programme and state, and whether the case study has a file.
 *
 * @param attachmentId its file, or null if it has none
 */
record CaseStudyFileAccess(long programmeId, ReportState state, Long attachmentId) {

}
