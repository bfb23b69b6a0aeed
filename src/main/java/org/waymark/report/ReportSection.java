package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

/**
 * One narrative section of a highlight report: free text, or an explicit nil return
 * ("state 'nil return' where there is nothing to report in this period").
 */
@Entity
@Table(name = "report_section", uniqueConstraints = @UniqueConstraint(columnNames = { "report_id", "section_type" }))
@Audited
public class ReportSection extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private HighlightReport report;

	@Enumerated(EnumType.STRING)
	@Column(name = "section_type", nullable = false, length = 30)
	private SectionType type;

	@Column(columnDefinition = "text")
	private String body;

	@Column(name = "nil_return", nullable = false)
	private boolean nilReturn;

	protected ReportSection() {
	}

	ReportSection(HighlightReport report, SectionType type) {
		this.report = report;
		this.type = type;
	}

	/** A section is complete when it has text or is marked nil return; never both. */
	public boolean isComplete() {
		return this.nilReturn || (this.body != null && !this.body.isBlank());
	}

	public void write(String body) {
		this.body = body;
		this.nilReturn = false;
	}

	public void markNilReturn() {
		this.body = null;
		this.nilReturn = true;
	}

	void copyFrom(ReportSection other) {
		this.body = other.body;
		this.nilReturn = other.nilReturn;
	}

	public HighlightReport getReport() {
		return this.report;
	}

	public SectionType getType() {
		return this.type;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isNilReturn() {
		return this.nilReturn;
	}

}
