package org.waymark.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;
import org.waymark.shared.FormattedText;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The plan's executive summary for one quarter: the overall narrative, achievements and
 * target dates met, slippage/issues/risks, next quarter's activity, decisions required,
 * and a status table with one row per programme.
 * <p>
 * It is drafted from the quarter's highlight reports ({@link #draftFrom}), edited and
 * published by the business manager. Drafting again keeps what she did: her wording, the
 * points she left out or added, the reasons she rewrote. A published summary is locked;
 * drafting it again starts the next revision, as a correction of a report does, and the
 * published one stays what readers see until the new one is published.
 * <p>
 * The section getters return the text a reader sees: for a drafted summary, its included
 * points as bullets, each attributed to its programme (kept in step by
 * {@link #recompose()}); for one recorded by hand, the text as recorded.
 */
@Entity
@Table(name = "executive_summary",
		uniqueConstraints = @UniqueConstraint(columnNames = { "reporting_period_id", "revision" }))
@Audited
public class ExecutiveSummary extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ReportingPeriod reportingPeriod;

	/** 1 for the first; each drafting after publication starts the next. */
	@Column(nullable = false)
	private int revision = 1;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExecutiveSummaryState state = ExecutiveSummaryState.DRAFT;

	/** "end December 2017". */
	@Column(name = "progress_as_at", length = 100)
	private String progressAsAt;

	@Column(columnDefinition = "text")
	private String overall;

	@Column(columnDefinition = "text")
	private String achievements;

	@Column(name = "slippage_issues_risks", columnDefinition = "text")
	private String slippageIssuesRisks;

	@Column(name = "next_quarter", columnDefinition = "text")
	private String nextQuarter;

	@Column(name = "decisions_required", columnDefinition = "text")
	private String decisionsRequired;

	/** When it was last drafted from the reports; {@code null} if never. */
	@Column(name = "generated_at")
	private Instant generatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by", length = 100)
	private String publishedBy;

	@OneToMany(mappedBy = "summary", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ExecutiveSummaryStatus> statusRows = new ArrayList<>();

	@OneToMany(mappedBy = "summary", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ExecutiveSummaryItem> items = new ArrayList<>();

	@Version
	private long version;

	protected ExecutiveSummary() {
	}

	public ExecutiveSummary(ReportingPeriod reportingPeriod) {
		this.reportingPeriod = reportingPeriod;
	}

	public ExecutiveSummaryStatus addStatusRow(ImprovementProgramme programme, Rag status, String statusAsWritten,
			String reason) {
		ExecutiveSummaryStatus row = new ExecutiveSummaryStatus(this, programme, status, statusAsWritten, reason,
				this.statusRows.size());
		this.statusRows.add(row);
		return row;
	}

	/**
	 * Drafts the summary from what the quarter's reports say now, keeping what the
	 * business manager did. Status rows are refreshed (a reason she rewrote is kept).
	 * Points are matched by section, programme and the fingerprint of their text: a point
	 * found again keeps her wording and choice; a point not there before is added and, if
	 * the summary had been drafted before, flagged new; a point no longer in its report
	 * is kept and flagged so. Points she added stay as she left them.
	 * @throws ReportWorkflowException if the summary is published
	 */
	public void draftFrom(SummarySource source, Instant when) {
		requireDraft();
		boolean draftedBefore = this.items.stream().anyMatch((item) -> !item.isAddedByHand());
		refreshRows(source.rows());
		Map<String, Deque<ExecutiveSummaryItem>> existing = new HashMap<>();
		for (ExecutiveSummaryItem item : this.items) {
			if (!item.isAddedByHand()) {
				existing
					.computeIfAbsent(key(item.getSection(), item.getProgramme(), item.getFingerprint()),
							(k) -> new ArrayDeque<>())
					.add(item);
			}
		}
		List<ExecutiveSummaryItem> found = new ArrayList<>();
		for (SummarySource.Item point : source.items()) {
			Deque<ExecutiveSummaryItem> matches = existing
				.get(key(point.section(), point.programme(), point.fingerprint()));
			ExecutiveSummaryItem item = (matches != null) ? matches.poll() : null;
			if (item != null) {
				item.flag(null);
			}
			else {
				item = ExecutiveSummaryItem.fromReport(this, point, 0);
				item.flag(draftedBefore ? SummaryItemFlag.NEW : null);
				this.items.add(item);
			}
			found.add(item);
		}
		existing.values().forEach((gone) -> gone.forEach((item) -> item.flag(SummaryItemFlag.NO_LONGER_REPORTED)));
		order(source, found);
		if (this.progressAsAt == null || this.progressAsAt.isBlank()) {
			this.progressAsAt = ProgressAsAt.of(this.reportingPeriod);
		}
		this.generatedAt = when;
		recompose();
	}

	private void refreshRows(List<SummarySource.Row> rows) {
		Map<Long, ExecutiveSummaryStatus> byProgramme = new HashMap<>();
		this.statusRows.forEach((row) -> byProgramme.put(row.getProgramme().getId(), row));
		List<ExecutiveSummaryStatus> refreshed = new ArrayList<>();
		for (int position = 0; position < rows.size(); position++) {
			SummarySource.Row now = rows.get(position);
			ExecutiveSummaryStatus row = byProgramme.remove(now.programme().getId());
			if (row == null) {
				row = ExecutiveSummaryStatus.drafted(this, now, position);
			}
			else {
				row.refresh(now, position);
			}
			refreshed.add(row);
		}
		// Rows of programmes no longer in the plan go; the others are in programme order.
		this.statusRows.retainAll(refreshed);
		refreshed.stream().filter((row) -> !this.statusRows.contains(row)).forEach(this.statusRows::add);
		this.statusRows.sort(Comparator.comparingInt(ExecutiveSummaryStatus::getPosition));
	}

	/**
	 * Puts the points in the order the summary prints them: section by section, programme
	 * by programme, each programme's points from its report in the report's order, then
	 * those no longer in it, then those added by hand; points added by hand for no
	 * programme close the section.
	 */
	private void order(SummarySource source, List<ExecutiveSummaryItem> found) {
		Map<Long, Integer> programmeOrder = new LinkedHashMap<>();
		source.rows().forEach((row) -> programmeOrder.putIfAbsent(row.programme().getId(), programmeOrder.size()));
		Map<ExecutiveSummaryItem, Integer> sourceOrder = new IdentityHashMap<>();
		for (int i = 0; i < found.size(); i++) {
			sourceOrder.put(found.get(i), i);
		}
		Comparator<ExecutiveSummaryItem> printed = Comparator.comparing(ExecutiveSummaryItem::getSection)
			.thenComparingInt((item) -> (item.getProgramme() == null) ? Integer.MAX_VALUE
					: programmeOrder.getOrDefault(item.getProgramme().getId(), Integer.MAX_VALUE - 1))
			.thenComparingInt((item) -> sourceOrder.containsKey(item) ? 0 : item.isAddedByHand() ? 2 : 1)
			.thenComparingInt((item) -> sourceOrder.getOrDefault(item, item.getPosition()));
		this.items.sort(printed);
		for (int position = 0; position < this.items.size(); position++) {
			this.items.get(position).moveTo(position);
		}
	}

	/**
	 * Takes the business manager's edit of the narrative and of the status rows and
	 * points, by id (ids not in this summary are ignored: the form only shows its own).
	 * @throws ReportWorkflowException if the summary is published
	 */
	public void revise(SummaryEdit edit) {
		requireDraft();
		this.progressAsAt = blankToNull(edit.progressAsAt());
		this.overall = blankToNull(edit.overall());
		Map<Long, SummaryEdit.RowEdit> rows = edit.rows()
			.stream()
			.filter((row) -> row.id() != null)
			.collect(Collectors.toMap(SummaryEdit.RowEdit::id, (row) -> row, (first, second) -> first));
		for (ExecutiveSummaryStatus row : this.statusRows) {
			SummaryEdit.RowEdit change = rows.get(row.getId());
			if (change != null) {
				row.revise(change.status(), change.reason());
			}
		}
		Map<Long, SummaryEdit.ItemEdit> items = edit.items()
			.stream()
			.filter((item) -> item.id() != null)
			.collect(Collectors.toMap(SummaryEdit.ItemEdit::id, (item) -> item, (first, second) -> first));
		for (ExecutiveSummaryItem item : this.items) {
			SummaryEdit.ItemEdit change = items.get(item.getId());
			if (change != null) {
				item.revise(change.text(), change.leaveOut());
			}
		}
		if (edit.added() != null) {
			addItem(edit.added().section(), edit.added().programme(), edit.added().text());
		}
		recompose();
	}

	/** Adds a point by hand at the end of its section. */
	public ExecutiveSummaryItem addItem(SummarySection section, ImprovementProgramme programme, String text) {
		requireDraft();
		Objects.requireNonNull(section, "section");
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A point needs its text");
		}
		int position = (int) this.items.stream().filter((item) -> item.getSection().compareTo(section) <= 0).count();
		ExecutiveSummaryItem item = ExecutiveSummaryItem.byHand(this, section, programme, text.strip(), position);
		this.items.add(position, item);
		for (int i = 0; i < this.items.size(); i++) {
			this.items.get(i).moveTo(i);
		}
		recompose();
		return item;
	}

	/**
	 * Writes each section's text from its included points, as bullets attributed to their
	 * programme, so that every reader of the getters (the page, the PDF and Word packs,
	 * the audit trail) sees the same text. A summary never drafted (recorded by hand)
	 * keeps its text as recorded.
	 */
	void recompose() {
		if (this.generatedAt == null && this.items.isEmpty()) {
			return;
		}
		Map<SummarySection, List<String>> bullets = new EnumMap<>(SummarySection.class);
		this.items.stream()
			.filter(ExecutiveSummaryItem::isIncluded)
			.sorted(Comparator.comparingInt(ExecutiveSummaryItem::getPosition))
			.forEach((item) -> bullets.computeIfAbsent(item.getSection(), (s) -> new ArrayList<>())
				.add("- " + SummaryCompiler.normalise(item.attributedText())));
		this.achievements = joined(bullets.get(SummarySection.ACHIEVEMENTS));
		this.slippageIssuesRisks = joined(bullets.get(SummarySection.SLIPPAGE_ISSUES_RISKS));
		this.nextQuarter = joined(bullets.get(SummarySection.NEXT_QUARTER));
		this.decisionsRequired = joined(bullets.get(SummarySection.DECISIONS_REQUIRED));
	}

	/**
	 * What stands between this draft and publication: the date progress is reported as
	 * at, and the overall narrative.
	 */
	public List<String> publicationProblems() {
		List<String> problems = new ArrayList<>();
		if (this.progressAsAt == null || this.progressAsAt.isBlank()) {
			problems.add("progressAsAt");
		}
		if (this.overall == null || this.overall.isBlank()) {
			problems.add("overall");
		}
		return problems;
	}

	/** Publishes a complete draft; it is then locked and read by everyone. */
	public void publish(String who, Instant when) {
		requireDraft();
		if (!publicationProblems().isEmpty()) {
			throw new ReportWorkflowException("Complete the summary before publishing it");
		}
		this.state = ExecutiveSummaryState.PUBLISHED;
		this.publishedAt = when;
		this.publishedBy = who;
		this.items.forEach((item) -> item.flag(null));
	}

	/** Records a summary published outside Waymark (the demo's, from the paper pack). */
	public void publish(Instant when) {
		this.state = ExecutiveSummaryState.PUBLISHED;
		this.publishedAt = when;
	}

	/**
	 * Starts the next revision of this published summary: a draft holding everything it
	 * says, for the business manager to draft again, edit and publish. This one stays as
	 * published. The points of a summary recorded by hand (never drafted) come across as
	 * points added by hand and left out, so none is lost and none repeats a point the
	 * reports give.
	 */
	public ExecutiveSummary startRevision() {
		if (!isPublished()) {
			throw new ReportWorkflowException("Only a published summary starts a new revision");
		}
		ExecutiveSummary next = new ExecutiveSummary(this.reportingPeriod);
		next.revision = this.revision + 1;
		next.progressAsAt = this.progressAsAt;
		next.overall = this.overall;
		next.achievements = this.achievements;
		next.slippageIssuesRisks = this.slippageIssuesRisks;
		next.nextQuarter = this.nextQuarter;
		next.decisionsRequired = this.decisionsRequired;
		next.generatedAt = this.generatedAt;
		this.statusRows.forEach((row) -> next.statusRows.add(row.copyTo(next)));
		if (this.generatedAt == null && this.items.isEmpty()) {
			int position = 0;
			for (SummarySection section : SummarySection.values()) {
				for (FormattedText.Block block : FormattedText.of(textOf(section)).blocks()) {
					List<String> texts = block.list() ? block.lines() : List.of(String.join(" ", block.lines()));
					for (String text : texts) {
						ExecutiveSummaryItem item = ExecutiveSummaryItem.byHand(next, section, null, text.strip(),
								position++);
						item.revise(null, true);
						next.items.add(item);
					}
				}
			}
		}
		else {
			this.items.forEach((item) -> next.items.add(item.copyTo(next)));
		}
		return next;
	}

	/** The text a reader sees in one of the sections that list points. */
	public String textOf(SummarySection section) {
		return switch (section) {
			case ACHIEVEMENTS -> this.achievements;
			case SLIPPAGE_ISSUES_RISKS -> this.slippageIssuesRisks;
			case NEXT_QUARTER -> this.nextQuarter;
			case DECISIONS_REQUIRED -> this.decisionsRequired;
		};
	}

	/**
	 * Whether this summary was drafted from the reports (rather than recorded by hand).
	 */
	public boolean isDrafted() {
		return this.generatedAt != null;
	}

	void requireDraft() {
		if (isPublished()) {
			throw new ReportWorkflowException("A published summary cannot be changed");
		}
	}

	public boolean isPublished() {
		return this.state == ExecutiveSummaryState.PUBLISHED;
	}

	/** Sets the narrative in one go, as the business manager edits it as one document. */
	public void write(String progressAsAt, String overall, String achievements, String slippageIssuesRisks,
			String nextQuarter, String decisionsRequired) {
		this.progressAsAt = progressAsAt;
		this.overall = overall;
		this.achievements = achievements;
		this.slippageIssuesRisks = slippageIssuesRisks;
		this.nextQuarter = nextQuarter;
		this.decisionsRequired = decisionsRequired;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public int getRevision() {
		return this.revision;
	}

	public ExecutiveSummaryState getState() {
		return this.state;
	}

	public String getProgressAsAt() {
		return this.progressAsAt;
	}

	public String getOverall() {
		return this.overall;
	}

	public String getAchievements() {
		return this.achievements;
	}

	public String getSlippageIssuesRisks() {
		return this.slippageIssuesRisks;
	}

	public String getNextQuarter() {
		return this.nextQuarter;
	}

	public String getDecisionsRequired() {
		return this.decisionsRequired;
	}

	public Instant getGeneratedAt() {
		return this.generatedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public List<ExecutiveSummaryStatus> getStatusRows() {
		return this.statusRows;
	}

	public List<ExecutiveSummaryItem> getItems() {
		return this.items;
	}

	public long getVersion() {
		return this.version;
	}

	private static String key(SummarySection section, ImprovementProgramme programme, String fingerprint) {
		return section + "/" + ((programme != null) ? programme.getId() : "-") + "/" + fingerprint;
	}

	private static String joined(List<String> lines) {
		return (lines == null || lines.isEmpty()) ? null : String.join("\n", lines);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
