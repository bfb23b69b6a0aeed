package org.waymark.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.report.HighlightReportView.CaseStudyView;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.util.List;

/**
 * A report's case studies: the lead adding, changing and removing them while the report
 * is being written, and anyone who may read the report downloading their files.
 * <p>
 * Files arrive here already checked by {@link CaseStudyFileCheck}. A change or removal
 * carries the fingerprint of the case study the page showed, so two people changing the
 * same case study never overwrite each other unawares; every change bumps the report's
 * version like any other save ({@link ReportDraftingService#touch}).
 */
@Service
@Transactional
public class CaseStudyService {

	private final CaseStudyRepository caseStudies;

	private final ReportGuard guard;

	private final ReportDraftingService drafting;

	private final AccessPolicy access;

	CaseStudyService(CaseStudyRepository caseStudies, ReportGuard guard, ReportDraftingService drafting,
			AccessPolicy access) {
		this.caseStudies = caseStudies;
		this.guard = guard;
		this.drafting = drafting;
		this.access = access;
	}

	/** The report's case studies, for someone who may write in it now. */
	@Transactional(readOnly = true)
	public CaseStudiesDraft caseStudies(long reportId, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		List<CaseStudyView> views = this.caseStudies.findListings(reportId)
			.stream()
			.map((listing) -> new CaseStudyView(listing.id(), listing.title(), FormattedText.of(listing.summary()),
					HighlightReportService.download(reportId, listing)))
			.toList();
		return new CaseStudiesDraft(HighlightReportService.header(report), views);
	}

	/**
	 * Adds a case study after the others.
	 * @param file its file, or null for none
	 * @return the new case study's id
	 */
	public long add(long reportId, String title, String summary, CaseStudyFile file, Authentication who) {
		HighlightReport report = this.guard.forWriting(reportId, who);
		CaseStudy caseStudy = report.addCaseStudy(title.strip(), ReportDraftingService.blankToNull(summary));
		if (file != null) {
			caseStudy.attach(file.toAttachment());
		}
		this.drafting.touch(report);
		return this.caseStudies.save(caseStudy).getId();
	}

	/**
	 * One case study, for someone who may write in its report now.
	 * @throws NotFoundException if the report has no such case study
	 */
	@Transactional(readOnly = true)
	public CaseStudyDraft caseStudy(long reportId, long caseStudyId, Authentication who) {
		CaseStudyListing listing = listing(reportId, caseStudyId);
		HighlightReport report = this.guard.forWriting(reportId, who);
		return new CaseStudyDraft(HighlightReportService.header(report), listing.id(), listing.title(),
				listing.summary(), HighlightReportService.download(reportId, listing), fingerprint(listing));
	}

	/**
	 * Changes a case study's title and summary and, if a file is given, replaces its
	 * file.
	 * @param replacement the new file, or null to keep the one it has (if any)
	 * @param seenFingerprint the fingerprint of the case study the form showed
	 * @throws EditConflictException if someone else changed the case study since
	 */
	public void change(long reportId, long caseStudyId, String title, String summary, CaseStudyFile replacement,
			String seenFingerprint, Authentication who) {
		CaseStudyListing listing = listing(reportId, caseStudyId);
		HighlightReport report = this.guard.forWriting(reportId, who);
		CaseStudy caseStudy = unchangedSince(reportId, listing, seenFingerprint);
		caseStudy.rewrite(title.strip(), ReportDraftingService.blankToNull(summary));
		if (replacement != null) {
			caseStudy.attach(replacement.toAttachment());
		}
		this.drafting.touch(report);
	}

	/**
	 * Removes a case study and deletes its file. The report's history keeps the case
	 * study's title and summary, not the file.
	 * @param seenFingerprint the fingerprint of the case study the page showed
	 * @throws EditConflictException if someone else changed the case study since
	 */
	public void remove(long reportId, long caseStudyId, String seenFingerprint, Authentication who) {
		CaseStudyListing listing = listing(reportId, caseStudyId);
		HighlightReport report = this.guard.forWriting(reportId, who);
		report.removeCaseStudy(unchangedSince(reportId, listing, seenFingerprint));
		this.drafting.touch(report);
	}

	/**
	 * A case study's file, for anyone who may read the report in its present state (the
	 * rule of the report's read view).
	 * @throws NotFoundException if the report has no such case study (whoever asks), or
	 * the case study has no file
	 * @throws AccessDeniedException if the reader may not see the report
	 */
	@Transactional(readOnly = true)
	public AttachmentDownload download(long reportId, long caseStudyId, Authentication reader) {
		CaseStudyFileAccess access = this.caseStudies.findFileAccess(reportId, caseStudyId)
			.orElseThrow(() -> new NotFoundException("Case study " + caseStudyId + " of report " + reportId));
		if (!this.access.canView(reader, access.programmeId(), access.state().visibility())) {
			throw new AccessDeniedException("Highlight report " + reportId + " is not visible to this user");
		}
		if (access.attachmentId() == null) {
			throw new NotFoundException("Case study " + caseStudyId + " has no file");
		}
		// Only now are the bytes read: nobody is refused after a 10 MB query.
		Attachment file = this.caseStudies.findAttachment(reportId, caseStudyId)
			.orElseThrow(() -> new NotFoundException("File of case study " + caseStudyId + " of report " + reportId));
		return new AttachmentDownload(file.getFileName(), file.getContentType(), file.getContent());
	}

	private CaseStudy unchangedSince(long reportId, CaseStudyListing listing, String seenFingerprint) {
		if (!fingerprint(listing).equals(seenFingerprint)) {
			throw new EditConflictException(reportId);
		}
		return this.caseStudies.findOnReport(reportId, listing.id())
			.orElseThrow(() -> new NotFoundException("Case study " + listing.id() + " of report " + reportId));
	}

	/**
	 * The case study as listed, if it is on the report. Looked for before anything else,
	 * so that a case study that is not there is "not found" whoever asks and whatever the
	 * report's state.
	 */
	private CaseStudyListing listing(long reportId, long caseStudyId) {
		return this.caseStudies.findListing(reportId, caseStudyId)
			.orElseThrow(() -> new NotFoundException("Case study " + caseStudyId + " of report " + reportId));
	}

	static String fingerprint(CaseStudyListing listing) {
		return ContentFingerprint.of(listing.title(), listing.summary(), listing.attachmentId());
	}

}
