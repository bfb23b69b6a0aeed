package org.waymark.reminder;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ReminderRepository extends JpaRepository<Reminder, Long>, JpaSpecificationExecutor<Reminder> {

	/**
	 * The reminders of the quarters that reached their recipient or were listed for the
	 * admin: a failed one may be tried again.
	 */
	@Query("select r from Reminder r where r.periodId in :periodIds and r.outcome <> org.waymark.reminder.ReminderOutcome.FAILED")
	List<Reminder> findDeliveredIn(Collection<Long> periodIds);

	/** Programme id, period id and the last time each was chased, for the quarters. */
	@Query("select r.programmeId, r.periodId, max(r.createdAt) from Reminder r"
			+ " where r.kind = org.waymark.reminder.ReminderKind.CHASER and r.periodId in :periodIds group by r.programmeId, r.periodId")
	List<Object[]> findLastChased(Collection<Long> periodIds);

	/** Period id, plan title and quarter of every quarter anything was sent for. */
	@Query("select distinct r.periodId, r.planTitle, r.quarterLabel from Reminder r order by r.periodId desc")
	List<Object[]> findQuarters();

}
