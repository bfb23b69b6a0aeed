package org.waymark.reminder;

import java.util.List;

/**
 * What came of chasing a programme's return.
 *
 * @param programme the programme as its plan names it, "Priority 2: Best start"
 * @param leads the names of the leads chased, if any were
 */
public record Chase(Result result, String programme, List<String> leads) {

	/** How a chase went, worst first when chasers to several leads went differently. */
	public enum Result {

		/** Every chaser was handed to the mail server. */
		SENT,
		/** No mail server is configured: the chasers are listed in Reminders. */
		LISTED,
		/** The mail server refused at least one; see Reminders for the reason. */
		FAILED,
		/** The quarter is not open for returns, so there is nothing to chase. */
		NOT_OPEN,
		/** The report is in (or the programme is exempt): nothing to chase. */
		NOT_AWAITED,
		/** Nobody is assigned to lead the programme, so there is nobody to chase. */
		NO_LEADS;

		public String messageKey() {
			return "reminder.chase." + name();
		}

		/**
		 * Whether the chase did what was asked: a success banner rather than a notice.
		 */
		public boolean succeeded() {
			return this == SENT;
		}

	}

	/** The leads chased, for a sentence: "Rhian Jones, Sian Evans". */
	public String leadList() {
		return String.join(", ", this.leads);
	}

	static Chase of(String programme, List<Reminder> sent) {
		Result result = sent.stream().anyMatch((r) -> r.getOutcome() == ReminderOutcome.FAILED) ? Result.FAILED
				: sent.stream().anyMatch((r) -> r.getOutcome() == ReminderOutcome.LISTED) ? Result.LISTED : Result.SENT;
		return new Chase(result, programme, sent.stream().map(Reminder::getRecipientName).toList());
	}

}
