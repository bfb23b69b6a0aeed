package org.waymark.report;

/**
 * How a programme's overall status moved against the previous quarter's published status.
 * Derived, never entered, so it always agrees with the two statuses it compares.
 * <p>
 * Tag colours follow direction of travel: green improving, grey unchanged, red declining,
 * and purple for new, meaning there was nothing to compare against.
 */
public enum StatusTrend {

	IMPROVING("govuk-tag--green"), UNCHANGED("govuk-tag--grey"), DECLINING("govuk-tag--red"), NEW("govuk-tag--purple");

	private final String tagClass;

	StatusTrend(String tagClass) {
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "trend." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

	/**
	 * Compares the current status with the last published one.
	 * @param previousPublished the status in the previous quarter's published report, or
	 * {@code null} if there was none
	 * @param current the status now
	 * @return the trend; {@link #NEW} when there is no previous published status
	 */
	public static StatusTrend between(Rag previousPublished, Rag current) {
		if (current == null) {
			throw new IllegalArgumentException("A status trend needs a current status");
		}
		if (previousPublished == null) {
			return NEW;
		}
		int comparison = Integer.compare(current.rank(), previousPublished.rank());
		if (comparison > 0) {
			return IMPROVING;
		}
		return (comparison < 0) ? DECLINING : UNCHANGED;
	}

}
