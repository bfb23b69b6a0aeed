package org.waymark.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.plan.PlanQueries;
import org.waymark.plan.QuarterOpened;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingPeriodState;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.report.QuarterlyReturns;
import org.waymark.report.ReportQueries;
import org.waymark.report.ReturnStatus;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;
import org.waymark.user.UserQueries;
import org.waymark.user.UserQueries.Contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells leads their report is due and admins that one is overdue: when a quarter opens, a
 * set number of days before the due date, and when the business manager chases a return.
 * Only reports not yet in are reminded of (not submitted, published or exempt), only
 * enabled leads assigned to the programme are written to, and no automatic reminder goes
 * to the same person twice.
 */
@Service
public class Reminders {

	private final PlanQueries plans;

	private final ProgrammeQueries programmes;

	private final ReportQueries reports;

	private final UserQueries users;

	private final ReminderRepository reminders;

	private final ReminderLetters letters;

	private final ReminderPost post;

	private final AccessPolicy access;

	private final Clock clock;

	private final ReminderDays daysBeforeDue;

	Reminders(PlanQueries plans, ProgrammeQueries programmes, ReportQueries reports, UserQueries users,
			ReminderRepository reminders, ReminderLetters letters, ReminderPost post, AccessPolicy access, Clock clock,
			@Value("${waymark.reminders.days-before-due:7}") List<Integer> daysBeforeDue) {
		this.plans = plans;
		this.programmes = programmes;
		this.reports = reports;
		this.users = users;
		this.reminders = reminders;
		this.letters = letters;
		this.post = post;
		this.access = access;
		this.clock = clock;
		this.daysBeforeDue = new ReminderDays(daysBeforeDue);
	}

	/**
	 * When a quarter opens, once the change is committed: each lead with a report still
	 * to send for it is told it is due.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(QuarterOpened event) {
		remindOnOpening(event.periodId());
	}

	/**
	 * Tells each lead with a report still to send for the quarter that it is open; leads
	 * already told are not told again. Nothing for a quarter that is not open.
	 * @return the reminders sent or listed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Reminder> remindOnOpening(long periodId) {
		ReportingPeriod period = this.plans.period(periodId);
		if (period.getState() != ReportingPeriodState.OPEN) {
			return List.of();
		}
		Quarters quarters = quarters(List.of(period), LocalDate.now(this.clock));
		List<Reminder> sent = new ArrayList<>();
		for (ImprovementProgramme programme : quarters.programmesOf(period)) {
			if (quarters.status(programme, period).awaitsReturn()) {
				for (Contact lead : quarters.leadsOf(programme)) {
					sent.addAll(once(quarters, this.letters.quarterOpened(period, programme, lead)));
				}
			}
		}
		return sent;
	}

	/**
	 * The daily run, for every quarter open for returns: leads whose report is due within
	 * one of the configured numbers of days and not yet in are reminded; admins are told
	 * of each report past its due date and not in. Each reminder is sent once.
	 * @return the reminders sent or listed
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Reminder> remindDaily() {
		return remindDaily(LocalDate.now(this.clock));
	}

	/**
	 * As {@link #remindDaily()}, as on the given day: for tests, and for running a missed
	 * day by hand.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Reminder> remindDaily(LocalDate today) {
		List<ReportingPeriod> open = this.plans.openPeriods();
		if (open.isEmpty()) {
			return List.of();
		}
		Quarters quarters = quarters(open, today);
		List<Contact> admins = null;
		List<Reminder> sent = new ArrayList<>();
		for (ReportingPeriod period : open) {
			for (ImprovementProgramme programme : quarters.programmesOf(period)) {
				ReturnStatus status = quarters.status(programme, period);
				if (status == ReturnStatus.LATE) {
					admins = (admins != null) ? admins : this.users.admins();
					List<String> leadNames = quarters.leadsOf(programme).stream().map(Contact::name).toList();
					for (Contact admin : admins) {
						sent.addAll(once(quarters, this.letters.overdue(period, programme, admin, leadNames)));
					}
				}
				else if (status.awaitsReturn() && period.getDueDate() != null) {
					long daysLeft = ChronoUnit.DAYS.between(today, period.getDueDate());
					Integer owed = this.daysBeforeDue.owed(daysLeft).orElse(null);
					if (owed != null) {
						for (Contact lead : quarters.leadsOf(programme)) {
							sent.addAll(once(quarters, this.letters.dueSoon(period, programme, lead, owed)));
						}
					}
				}
			}
		}
		return sent;
	}

	/**
	 * Chases a programme's return now: a chaser to each of its leads, however recently
	 * they were chased or reminded.
	 * @throws AccessDeniedException for anyone but an admin
	 * @throws NotFoundException if there is no such programme or quarter, or the
	 * programme is not of the quarter's plan
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Chase chase(long programmeId, long periodId, Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins chase returns");
		}
		ReportingPeriod period = this.plans.period(periodId);
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		if (!programme.getPlan().getId().equals(period.getPlan().getId())) {
			throw new NotFoundException("Programme " + programmeId + " in reporting period " + periodId);
		}
		String label = ReminderLetters.programmeLabel(period.getPlan(), programme);
		if (period.getState() != ReportingPeriodState.OPEN) {
			return new Chase(Chase.Result.NOT_OPEN, label, List.of());
		}
		Quarters quarters = quarters(List.of(period), LocalDate.now(this.clock));
		if (!quarters.status(programme, period).awaitsReturn()) {
			return new Chase(Chase.Result.NOT_AWAITED, label, List.of());
		}
		List<Contact> leads = quarters.leadsOf(programme);
		if (leads.isEmpty()) {
			return new Chase(Chase.Result.NO_LEADS, label, List.of());
		}
		List<Reminder> sent = leads.stream()
			.map((lead) -> this.post.deliver(this.letters.chaser(period, programme, lead)))
			.toList();
		return Chase.of(label, sent);
	}

	/**
	 * The reminders sent or listed, newest first, for the quarter and with the outcome if
	 * given (two queries, three with a quarter): at most {@link #LISTED_AT_MOST}.
	 * @throws AccessDeniedException for anyone but an admin
	 * @throws NotFoundException if there is no such quarter
	 */
	@Transactional(readOnly = true)
	public ReminderListing listing(Long periodId, ReminderOutcome outcome, Authentication who) {
		if (periodId != null) {
			// A quarter that does not exist is "not found" for anyone, as elsewhere.
			this.plans.period(periodId);
		}
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins see the reminders");
		}
		Specification<Reminder> matching = Specification.unrestricted();
		if (periodId != null) {
			matching = matching.and((reminder, query, criteria) -> criteria.equal(reminder.get("periodId"), periodId));
		}
		if (outcome != null) {
			matching = matching.and((reminder, query, criteria) -> criteria.equal(reminder.get("outcome"), outcome));
		}
		List<Reminder> found = this.reminders.findBy(matching,
				(query) -> query.sortBy(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))
					.limit(LISTED_AT_MOST + 1)
					.all());
		List<ReminderListing.Quarter> quarters = this.reminders.findQuarters()
			.stream()
			.map((row) -> new ReminderListing.Quarter((Long) row[0], (String) row[1], (String) row[2]))
			.toList();
		return new ReminderListing(quarters, found.stream().limit(LISTED_AT_MOST).toList(),
				found.size() > LISTED_AT_MOST, mailConfigured(), this.clock.getZone());
	}

	/** The most reminders the admin's list shows at once; filters find older ones. */
	public static final int LISTED_AT_MOST = 200;

	/**
	 * When each programme's return was last chased in the quarters (one query; none for
	 * no quarters).
	 */
	@Transactional(readOnly = true)
	public ChaseHistory chaseHistory(Collection<Long> periodIds) {
		if (periodIds.isEmpty()) {
			return new ChaseHistory(Map.of(), this.clock.getZone());
		}
		Map<String, Instant> last = new HashMap<>();
		for (Object[] row : this.reminders.findLastChased(periodIds)) {
			last.put(ChaseHistory.key((Long) row[0], (Long) row[1]), (Instant) row[2]);
		}
		return new ChaseHistory(last, this.clock.getZone());
	}

	/** Whether a mail server is configured; without one, reminders are listed here. */
	public boolean mailConfigured() {
		return this.post.mailConfigured();
	}

	/** Sends the letter unless the same reminder has reached its recipient already. */
	private List<Reminder> once(Quarters quarters, Letter letter) {
		if (!quarters.delivered().add(letter.key())) {
			return List.of();
		}
		return List.of(this.post.deliver(letter));
	}

	/**
	 * Everything needed about the quarters, loaded up front in a fixed number of queries.
	 */
	private Quarters quarters(List<ReportingPeriod> periods, LocalDate today) {
		List<Long> planIds = periods.stream().map((period) -> period.getPlan().getId()).distinct().toList();
		Map<Long, List<ImprovementProgramme>> programmesByPlan = this.programmes.programmesOf(planIds);
		List<Long> programmeIds = programmesByPlan.values()
			.stream()
			.flatMap(List::stream)
			.map(ImprovementProgramme::getId)
			.toList();
		Set<ReminderKey> delivered = this.reminders
			.findDeliveredIn(periods.stream().map(ReportingPeriod::getId).toList())
			.stream()
			.map((r) -> new ReminderKey(r.getKind(), r.getPeriodId(), r.getProgrammeId(), r.getRecipientEmail(),
					r.getDaysBefore()))
			.collect(Collectors.toCollection(HashSet::new));
		return new Quarters(this.reports.returnsIn(periods), programmesByPlan, this.users.leadsOf(programmeIds),
				delivered, today);
	}

	private record Quarters(QuarterlyReturns returns, Map<Long, List<ImprovementProgramme>> programmesByPlan,
			Map<Long, List<Contact>> leads, Set<ReminderKey> delivered, LocalDate today) {

		/**
		 * The programmes asked for a return in the quarter: a retired one only if it has
		 * a report already (docs/domain-rules.md), as on the returns page.
		 */
		List<ImprovementProgramme> programmesOf(ReportingPeriod period) {
			return this.programmesByPlan.getOrDefault(period.getPlan().getId(), List.of())
				.stream()
				.filter((programme) -> programme
					.isAskedForReturns(this.returns.of(programme.getId(), period).latestRevision().isPresent()))
				.toList();
		}

		ReturnStatus status(ImprovementProgramme programme, ReportingPeriod period) {
			return this.returns.of(programme.getId(), period).returnStatus(this.today);
		}

		List<Contact> leadsOf(ImprovementProgramme programme) {
			return this.leads.getOrDefault(programme.getId(), List.of());
		}

	}

}
