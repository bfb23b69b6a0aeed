package org.waymark.pack;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.waymark.report.HighlightReportService;
import org.waymark.report.HighlightReportView;
import org.waymark.shared.DownloadFile;
import org.waymark.shared.NotFoundException;

/**
 * The committee pack's files, for whoever may read them, holding what they may see: the
 * quarter's pack as PDF, the published executive summary and each highlight report as
 * Word documents. File names say the plan and quarter:
 * {@code cypp-2016-19-2017-18-q3-pack.pdf},
 * {@code cypp-2016-19-2017-18-q3-executive-summary.docx},
 * {@code cypp-2016-19-2017-18-q3-programme-7.docx}.
 */
@Service
public class CommitteePackFiles {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final CommitteePackService packs;

	private final QuarterDataService quarters;

	private final HighlightReportService reports;

	private final PackPdf pdf;

	private final PackWord word;

	CommitteePackFiles(CommitteePackService packs, QuarterDataService quarters, HighlightReportService reports,
			ITemplateEngine templates, MessageSource messages) {
		this.packs = packs;
		this.quarters = quarters;
		this.reports = reports;
		this.pdf = new PackPdf(templates);
		this.word = new PackWord(messages);
	}

	/**
	 * The quarter's pack as PDF.
	 * @throws NotFoundException if there is no such period, or it is not the plan's
	 */
	public DownloadFile pdf(long planId, long periodId, Authentication reader) {
		CommitteePack pack = this.packs.pack(planId, periodId, reader);
		return new DownloadFile(QuarterExports.baseName(pack.quarter()) + "-pack.pdf", PackPdf.CONTENT_TYPE,
				this.pdf.print(pack));
	}

	/**
	 * The quarter's published executive summary as a Word document, with the status
	 * table.
	 * @throws NotFoundException if there is no such period, it is not the plan's, or its
	 * executive summary is not published
	 */
	public DownloadFile executiveSummary(long planId, long periodId, Authentication reader) {
		QuarterData quarter = this.quarters.quarter(planId, periodId, reader);
		CommitteePack.Summary summary = this.packs.summary(periodId);
		if (summary == null) {
			throw new NotFoundException("Published executive summary of reporting period " + periodId);
		}
		return new DownloadFile(QuarterExports.baseName(quarter) + "-executive-summary.docx", DOCX,
				this.word.executiveSummary(quarter, summary));
	}

	/**
	 * A highlight report as a Word document.
	 * @throws NotFoundException if there is no such report
	 * @throws org.springframework.security.access.AccessDeniedException if the reader may
	 * not see it
	 */
	public DownloadFile report(long reportId, Authentication reader) {
		HighlightReportView report = this.reports.view(reportId, reader);
		HighlightReportView.Header header = report.header();
		String revision = (header.revision() > 1) ? "-revision-" + header.revision() : "";
		String name = QuarterExports.slug(header.quarterLabel()) + "-programme-" + header.programmeNumber() + revision
				+ ".docx";
		return new DownloadFile(name, DOCX, this.word.report(report));
	}

}
