package org.waymark.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A quarter's executive summary: drafting it from the quarter's highlight reports,
 * editing and publishing it (the business manager, i.e. admins, only), and reading it.
 * Everyone signed in reads the latest published revision; only admins see a draft, and a
 * quarter with no published summary is "not found" for everyone else. Every change names
 * the version of the summary the page showed and is refused if it has changed since.
 */
@Service
@Transactional
public class ExecutiveSummaryService {

	private final ExecutiveSummaryRepository summaries;

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final AccessPolicy access;

	private final EntityManager entityManager;

	private final Clock clock;

	private final ReportEvents events;

	ExecutiveSummaryService(ExecutiveSummaryRepository summaries, PlanQueries plans, ProgrammeQueries programmes,
			ReportQueries reports, AccessPolicy access, EntityManager entityManager, Clock clock, ReportEvents events) {
		this.summaries = summaries;
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.access = access;
		this.entityManager = entityManager;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The summary page: for readers, the latest published revision (or the one asked for,
	 * if published); for admins, the latest revision whatever its state (or the one asked
	 * for), and the page for drafting one when there is none.
	 * @param revision the revision asked for, or {@code null} for the default
	 * @throws NotFoundException if there is no such quarter of the plan, or nothing the
	 * reader may see
	 */
	@Transactional(readOnly = true)
	public SummaryPage page(long planId, long periodId, Integer revision, Authentication who) {
		ReportingPeriod period = period(planId, periodId);
		boolean admin = this.access.isAdmin(who);
		List<ExecutiveSummary> revisions = this.summaries.findRevisions(periodId);
		List<ExecutiveSummary> visible = revisions.stream().filter((s) -> admin || s.isPublished()).toList();
		Optional<ExecutiveSummary> chosen = (revision != null)
				? visible.stream().filter((s) -> s.getRevision() == revision).findFirst()
				: visible.stream().reduce((first, second) -> second);
		if (chosen.isEmpty() && (!admin || revision != null)) {
			throw new NotFoundException("Executive summary for reporting period " + periodId);
		}
		ExecutiveSummary latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		List<Revision> links = visible.stream()
			.map((s) -> new Revision(s.getRevision(), s.getState(), s.getPublishedAt()))
			.toList();
		Header header = header(period);
		if (chosen.isEmpty()) {
			return new SummaryPage(header, null, List.of(), links, admin, 0, -1);
		}
		ExecutiveSummary summary = this.summaries.findWithStatusRows(chosen.get().getId()).orElseThrow();
		return new SummaryPage(header, summary, this.summaries.findItemsOf(summary.getId()), links, admin,
				latest.getRevision(), latest.getVersion());
	}

	/**
	 * What a page offers the reader of a quarter's summary, in one statement: its page
	 * (admins always, to read or draft it; everyone else once it is published) and its
	 * Word file (only once published).
	 */
	@Transactional(readOnly = true)
	public SummaryOffer offerFor(long periodId, Authentication who) {
		boolean published = this.summaries.existsPublished(periodId);
		return new SummaryOffer(published || this.access.isAdmin(who), published);
	}

	/**
	 * @param page whether to link the summary's page
	 * @param wordFile whether to offer the published summary as a Word file
	 */
	public record SummaryOffer(boolean page, boolean wordFile) {
	}

	/**
	 * Whether the reader has a summary page to go to for the quarter: admins always (to
	 * read or draft it, no statement); everyone else when a summary is published (one
	 * statement).
	 */
	@Transactional(readOnly = true)
	public boolean hasPageFor(long periodId, Authentication who) {
		return this.access.isAdmin(who) || this.summaries.existsPublished(periodId);
	}

	/**
	 * Drafts the quarter's summary from its submitted and published reports: a new
	 * summary if there is none; the draft again if there is one (keeping the business
	 * manager's edits); the next revision if the latest is published.
	 * @param seenRevision the latest revision the page showed, 0 for none
	 * @param seenVersion that revision's version
	 * @return the revision drafted
	 * @throws StaleSummaryException if the summary changed since the page showed it
	 */
	public int generate(long planId, long periodId, int seenRevision, long seenVersion, Authentication who) {
		ReportingPeriod period = period(planId, periodId);
		requireAdmin(who);
		List<ExecutiveSummary> revisions = this.summaries.findRevisions(periodId);
		ExecutiveSummary latest = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
		if ((latest == null) ? seenRevision != 0
				: (latest.getRevision() != seenRevision || latest.getVersion() != seenVersion)) {
			throw new StaleSummaryException(periodId);
		}
		ExecutiveSummary draft;
		if (latest == null) {
			draft = new ExecutiveSummary(period);
		}
		else if (latest.isPublished()) {
			draft = this.summaries.findWithStatusRows(latest.getId()).orElseThrow().startRevision();
		}
		else {
			draft = this.summaries.findWithStatusRows(latest.getId()).orElseThrow();
			this.entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		}
		draft.draftFrom(compile(period), this.clock.instant());
		this.summaries.saveAndFlush(draft);
		this.events.summaryDrafted(draft, who);
		return draft.getRevision();
	}

	/** What the quarter's reports give the summary now. */
	SummarySource compile(ReportingPeriod period) {
		List<ReportingPeriod> periods = this.plans.periodsOf(period.getPlan().getId());
		ReportingQuarter wanted = period.quarter().previous();
		ReportingPeriod previous = periods.stream().filter((p) -> p.quarter().equals(wanted)).findFirst().orElse(null);
		QuarterlyReturns returns = this.reports
			.returnsIn((previous != null) ? List.of(period, previous) : List.of(period));
		List<ImprovementProgramme> programmes = this.programmes.programmesOf(period.getPlan().getId());
		List<Long> reportIds = programmes.stream()
			.map((programme) -> SummaryCompiler.reportToSummarise(returns.of(programme.getId(), period)))
			.flatMap(Optional::stream)
			.map(HighlightReport::getId)
			.toList();
		Map<Long, List<ReportSection>> sections = this.reports.sectionsOf(reportIds);
		return SummaryCompiler.compile(programmes, returns, period, previous, sections);
	}

	/**
	 * The quarter's draft summary, for the edit and publish pages; none when the latest
	 * revision is published or there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<SummaryPage> draft(long planId, long periodId, Authentication who) {
		ReportingPeriod period = period(planId, periodId);
		requireAdmin(who);
		List<ExecutiveSummary> revisions = this.summaries.findRevisions(periodId);
		if (revisions.isEmpty() || revisions.get(revisions.size() - 1).isPublished()) {
			return Optional.empty();
		}
		ExecutiveSummary draft = this.summaries.findWithStatusRows(revisions.get(revisions.size() - 1).getId())
			.orElseThrow();
		List<Revision> links = revisions.stream()
			.map((s) -> new Revision(s.getRevision(), s.getState(), s.getPublishedAt()))
			.toList();
		return Optional.of(new SummaryPage(header(period), draft, this.summaries.findItemsOf(draft.getId()), links,
				true, draft.getRevision(), draft.getVersion()));
	}

	/**
	 * Saves the business manager's edit of the draft.
	 * @param newItemProgrammeId the programme a point added is attributed to, or
	 * {@code null}; one not in the plan is refused as not found
	 * @throws StaleSummaryException if the draft changed since the form was opened
	 */
	public void save(long planId, long periodId, long seenVersion, SummaryEdit edit, Long newItemProgrammeId,
			Authentication who) {
		period(planId, periodId);
		requireAdmin(who);
		ExecutiveSummary draft = latestDraft(periodId);
		if (draft.getVersion() != seenVersion) {
			throw new StaleSummaryException(periodId);
		}
		SummaryEdit change = edit;
		if (edit.added() != null && newItemProgrammeId != null) {
			ImprovementProgramme programme = draft.getStatusRows()
				.stream()
				.map(ExecutiveSummaryStatus::getProgramme)
				.filter((p) -> Objects.equals(p.getId(), newItemProgrammeId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Programme " + newItemProgrammeId + " of the summary"));
			change = new SummaryEdit(edit.progressAsAt(), edit.overall(), edit.rows(), edit.items(),
					new SummaryEdit.NewItem(edit.added().section(), programme, edit.added().text()));
		}
		this.summaries.findItemsOf(draft.getId());
		draft.revise(change);
		this.entityManager.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.summaries.saveAndFlush(draft);
		this.events.summaryEdited(draft, who);
	}

	/**
	 * Publishes the draft: it becomes what everyone reads, and is locked.
	 * @return what is missing (the fields of the edit form); empty when published
	 * @throws StaleSummaryException if the draft changed since the page showed it
	 */
	public List<String> publish(long planId, long periodId, long seenVersion, Authentication who) {
		period(planId, periodId);
		requireAdmin(who);
		ExecutiveSummary draft = latestDraft(periodId);
		if (draft.getVersion() != seenVersion) {
			throw new StaleSummaryException(periodId);
		}
		List<String> problems = draft.publicationProblems();
		if (!problems.isEmpty()) {
			return problems;
		}
		this.summaries.findItemsOf(draft.getId());
		draft.publish(who.getName(), this.clock.instant());
		this.summaries.saveAndFlush(draft);
		this.events.summaryPublished(draft, who);
		return List.of();
	}

	private ExecutiveSummary latestDraft(long periodId) {
		List<ExecutiveSummary> revisions = this.summaries.findRevisions(periodId);
		return revisions.stream()
			.reduce((first, second) -> second)
			.filter((latest) -> !latest.isPublished())
			.flatMap((latest) -> this.summaries.findWithStatusRows(latest.getId()))
			// The page showed a draft that has since been published: the change is stale.
			.orElseThrow(() -> new StaleSummaryException(periodId));
	}

	private ReportingPeriod period(long planId, long periodId) {
		ReportingPeriod period = this.plans.period(periodId);
		if (period.getPlan().getId() != planId) {
			throw new NotFoundException("Reporting period " + periodId + " of plan " + planId);
		}
		return period;
	}

	private void requireAdmin(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins draft, edit and publish the executive summary");
		}
	}

	private static Header header(ReportingPeriod period) {
		return new Header(period.getPlan().getId(), period.getPlan().getTitle(), period.getId(), period.label(),
				period.longLabel());
	}

	/** The plan and quarter a summary page is about. */
	public record Header(long planId, String planTitle, long periodId, String quarterLabel, String quarterLongLabel) {
	}

	/** One revision of the quarter's summary, for the links between them. */
	public record Revision(int revision, ExecutiveSummaryState state, java.time.Instant publishedAt) {

		public boolean published() {
			return this.state == ExecutiveSummaryState.PUBLISHED;
		}

	}

	/**
	 * A summary page: the summary shown (with its status rows and their programmes
	 * loaded) and its points, or none yet (admins only); the revisions the reader may
	 * see; and what the drafting form sends back.
	 *
	 * @param header the plan and quarter
	 * @param summary the revision shown, or {@code null} when there is none yet
	 * @param items its points in order (drafted summaries only)
	 * @param revisions the revisions the reader may see, first to latest
	 * @param admin whether the reader may draft, edit and publish
	 * @param latestRevision the latest revision, 0 for none (sent back when drafting)
	 * @param latestVersion its version
	 */
	public record SummaryPage(Header header, ExecutiveSummary summary, List<ExecutiveSummaryItem> items,
			List<Revision> revisions, boolean admin, int latestRevision, long latestVersion) {

		/** The text a reader sees in one section of points, read into bullets. */
		public FormattedText text(SummarySection section) {
			return FormattedText.of(this.summary.textOf(section));
		}

		public FormattedText overall() {
			return FormattedText.of(this.summary.getOverall());
		}

		/** The points of one section, with the business manager's choices. */
		public List<ExecutiveSummaryItem> itemsIn(SummarySection section) {
			return this.items.stream().filter((item) -> item.getSection() == section).toList();
		}

		/** Programmes with no report received this quarter (not exempt). */
		public List<ExecutiveSummaryStatus> missing() {
			return this.summary.getStatusRows()
				.stream()
				.filter((row) -> row.getSource() == SummaryReturn.NOT_RECEIVED)
				.toList();
		}

		/**
		 * Whether the summary shown is the latest revision and a draft: it may be edited.
		 */
		public boolean editable() {
			return this.admin && this.summary != null && !this.summary.isPublished()
					&& this.summary.getRevision() == this.latestRevision;
		}

		/** The latest published revision, if a later draft is being written. */
		public Revision publishedBeforeDraft() {
			List<Revision> published = new ArrayList<>(this.revisions.stream().filter(Revision::published).toList());
			return published.isEmpty() ? null : published.get(published.size() - 1);
		}

		/** A status row's reason, read into paragraphs and bullets. */
		public FormattedText reason(ExecutiveSummaryStatus row) {
			return FormattedText.of(row.getReason());
		}

		/** What the report (or exemption) gives as a status row's reason now. */
		public FormattedText sourceReason(ExecutiveSummaryStatus row) {
			return FormattedText.of(row.getSourceReason());
		}

		/** When the summary shown was published, as the pages write it. */
		public String publishedOn() {
			return DisplayDates.format(this.summary.getPublishedAt(), ZoneId.of("Europe/London"));
		}

		public SummarySection[] sections() {
			return SummarySection.values();
		}

	}

}
