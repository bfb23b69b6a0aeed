package org.waymark.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

	/**
	 * A report's case studies with what is needed to link to each attachment, never the
	 * file's bytes.
	 */
	@Query("select new org.waymark.report.CaseStudyListing(cs.id, cs.title, cs.summary, a.id, a.fileName,"
			+ " a.contentType, a.sizeBytes) from CaseStudy cs left join cs.attachment a"
			+ " where cs.report.id = :reportId order by cs.position")
	List<CaseStudyListing> findListings(long reportId);

	@Query("select count(cs) from CaseStudy cs where cs.report.id = :reportId")
	long countByReport(long reportId);

}
