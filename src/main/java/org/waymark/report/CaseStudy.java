package org.waymark.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.shared.BaseEntity;

/**
 * A case study evidencing a programme's outcomes, e.g. Programme 3's "Kooth Online
 * Counselling": a title, a summary, and optionally an attached file.
 */
@Entity
@Table(name = "case_study")
@Audited
public class CaseStudy extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private HighlightReport report;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@Column(columnDefinition = "text")
	private String summary;

	// A file belongs to its case study: saved and deleted with it.
	@OneToOne(fetch = FetchType.LAZY, cascade = { CascadeType.PERSIST, CascadeType.REMOVE }, orphanRemoval = true)
	@JoinColumn(name = "attachment_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Attachment attachment;

	@Column(nullable = false)
	private int position;

	protected CaseStudy() {
	}

	CaseStudy(HighlightReport report, String title, String summary, int position) {
		this.report = report;
		this.title = title;
		this.summary = summary;
		this.position = position;
	}

	/**
	 * The same case study in a correction, with its own copy of any attached file (a file
	 * belongs to one case study).
	 */
	CaseStudy copyTo(HighlightReport correction) {
		CaseStudy copy = new CaseStudy(correction, this.title, this.summary, this.position);
		if (this.attachment != null) {
			copy.attachment = this.attachment.copy();
		}
		return copy;
	}

	public HighlightReport getReport() {
		return this.report;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public Attachment getAttachment() {
		return this.attachment;
	}

	/** Changes the title and summary, while the report may be written in. */
	public void rewrite(String title, String summary) {
		this.report.requireEditable();
		this.title = title;
		this.summary = summary;
	}

	/**
	 * Attaches a file, replacing (and deleting) any file attached before, while the
	 * report may be written in.
	 */
	public void attach(Attachment attachment) {
		this.report.requireEditable();
		this.attachment = attachment;
	}

	public int getPosition() {
		return this.position;
	}

}
