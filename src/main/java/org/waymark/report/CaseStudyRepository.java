package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

	/**
	 * A report's case studies with what is needed to link to each attachment, never the
	 * file's bytes.
	 */
	@Query("select new org.waymark.report.CaseStudyListing(cs.id, cs.title, cs.summary, a.id, a.fileName,"
			+ " a.contentType, a.sizeBytes) from CaseStudy cs left join cs.attachment a"
			+ " where cs.report.id = :reportId order by cs.position")
	List<CaseStudyListing> findListings(long reportId);

	/** One case study of a report as {@link #findListings} lists it. */
	@Query("select new org.waymark.report.CaseStudyListing(cs.id, cs.title, cs.summary, a.id, a.fileName,"
			+ " a.contentType, a.sizeBytes) from CaseStudy cs left join cs.attachment a"
			+ " where cs.report.id = :reportId and cs.id = :caseStudyId")
	Optional<CaseStudyListing> findListing(long reportId, long caseStudyId);

	/** A case study, if it is on the report. */
	@Query("select cs from CaseStudy cs where cs.report.id = :reportId and cs.id = :caseStudyId")
	Optional<CaseStudy> findOnReport(long reportId, long caseStudyId);

	/** The file attached to a case study of the report, bytes and all. */
	@Query("select a from CaseStudy cs join cs.attachment a where cs.report.id = :reportId and cs.id = :caseStudyId")
	Optional<Attachment> findAttachment(long reportId, long caseStudyId);

	/**
	 * Who may download a case study's file, if the case study is on the report: read
	 * without the file's bytes.
	 */
	@Query("select new org.waymark.report.CaseStudyFileAccess(r.programme.id, r.state, a.id) from CaseStudy cs"
			+ " join cs.report r left join cs.attachment a where r.id = :reportId and cs.id = :caseStudyId")
	Optional<CaseStudyFileAccess> findFileAccess(long reportId, long caseStudyId);

	@Query("select count(cs) from CaseStudy cs where cs.report.id = :reportId")
	long countByReport(long reportId);

	/** The case studies of several reports, as {@link #findListings} lists them. */
	@Query("select new org.waymark.report.ReportCaseStudyListing(cs.report.id, cs.id, cs.title, cs.summary, a.id,"
			+ " a.fileName, a.contentType, a.sizeBytes) from CaseStudy cs left join cs.attachment a"
			+ " where cs.report.id in :reportIds order by cs.position")
	List<ReportCaseStudyListing> findListingsOf(Collection<Long> reportIds);

}
