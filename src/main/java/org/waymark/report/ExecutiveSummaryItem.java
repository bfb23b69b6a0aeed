package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

/**
 * One point in a section of an executive summary: drafted from a programme's report (its
 * text there, and a fingerprint of it to find it again when the summary is drafted
 * again), or added by the business manager. She may reword it or leave it out; what she
 * did is kept however often the summary is drafted again.
 */
@Entity
@Table(name = "executive_summary_item")
@Audited
public class ExecutiveSummaryItem extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "executive_summary_id", nullable = false)
	private ExecutiveSummary summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private SummarySection section;

	/** The programme the point is attributed to; none for a partnership-wide point. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "programme_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ImprovementProgramme programme;

	@Column(name = "source_text", columnDefinition = "text")
	private String sourceText;

	@Column(length = 32)
	private String fingerprint;

	/** The business manager's wording; {@code null} while the report's stands. */
	@Column(name = "edited_text", columnDefinition = "text")
	private String editedText;

	@Column(nullable = false)
	private boolean included = true;

	@Column(name = "added_by_hand", nullable = false)
	private boolean addedByHand;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private SummaryItemFlag flag;

	@Column(nullable = false)
	private int position;

	protected ExecutiveSummaryItem() {
	}

	/** A point drafted from a report. */
	static ExecutiveSummaryItem fromReport(ExecutiveSummary summary, SummarySource.Item source, int position) {
		ExecutiveSummaryItem item = new ExecutiveSummaryItem();
		item.summary = summary;
		item.section = source.section();
		item.programme = source.programme();
		item.sourceText = source.text();
		item.fingerprint = source.fingerprint();
		item.position = position;
		return item;
	}

	/** A point the business manager added. */
	static ExecutiveSummaryItem byHand(ExecutiveSummary summary, SummarySection section, ImprovementProgramme programme,
			String text, int position) {
		ExecutiveSummaryItem item = new ExecutiveSummaryItem();
		item.summary = summary;
		item.section = section;
		item.programme = programme;
		item.editedText = text;
		item.addedByHand = true;
		item.position = position;
		return item;
	}

	/** The same point, with what the business manager did to it, in another revision. */
	ExecutiveSummaryItem copyTo(ExecutiveSummary revision) {
		ExecutiveSummaryItem copy = new ExecutiveSummaryItem();
		copy.summary = revision;
		copy.section = this.section;
		copy.programme = this.programme;
		copy.sourceText = this.sourceText;
		copy.fingerprint = this.fingerprint;
		copy.editedText = this.editedText;
		copy.included = this.included;
		copy.addedByHand = this.addedByHand;
		copy.flag = this.flag;
		copy.position = this.position;
		return copy;
	}

	/**
	 * Takes the business manager's changes: her wording (blank, or the report's own,
	 * restores the report's for a point from a report) and whether it is left out.
	 */
	void revise(String text, boolean leaveOut) {
		String wording = (text == null) ? null : text.strip();
		if (this.addedByHand) {
			if (wording != null && !wording.isEmpty()) {
				this.editedText = wording;
			}
		}
		else {
			boolean sameAsReport = wording == null || wording.isEmpty()
					|| SummaryCompiler.normalise(wording).equals(SummaryCompiler.normalise(this.sourceText));
			this.editedText = sameAsReport ? null : wording;
		}
		this.included = !leaveOut;
	}

	/** Whether the business manager has done anything to this point from a report. */
	public boolean isTouched() {
		return this.addedByHand || this.editedText != null || !this.included;
	}

	void flag(SummaryItemFlag flag) {
		this.flag = flag;
	}

	void moveTo(int position) {
		this.position = position;
	}

	/** What a reader sees: the business manager's wording, or the report's. */
	public String getText() {
		return (this.editedText != null) ? this.editedText : this.sourceText;
	}

	/**
	 * The text as the summary prints it, attributed to its programme in its plan's term
	 * ("(Priority 3)").
	 */
	public String attributedText() {
		String text = getText().strip();
		if (this.programme == null) {
			return text;
		}
		return text + " (" + this.programme.label() + ")";
	}

	public boolean isEdited() {
		return !this.addedByHand && this.editedText != null;
	}

	public ExecutiveSummary getSummary() {
		return this.summary;
	}

	public SummarySection getSection() {
		return this.section;
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
	}

	public String getSourceText() {
		return this.sourceText;
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public String getEditedText() {
		return this.editedText;
	}

	public boolean isIncluded() {
		return this.included;
	}

	public boolean isAddedByHand() {
		return this.addedByHand;
	}

	public SummaryItemFlag getFlag() {
		return this.flag;
	}

	public int getPosition() {
		return this.position;
	}

}
