package org.waymark.report;

/**
 * A programme's overall status in a highlight report: Green on track to meet the target
 * dates for all actions by year end, Amber at risk, Red off track, and Blue once the
 * programme's plan is complete.
 */
public enum Rag {

	GREEN(2, "govuk-tag--green"), AMBER(1, "govuk-tag--yellow"), RED(0, "govuk-tag--red"), BLUE(3, "govuk-tag--blue");

	private final int rank;

	private final String tagClass;

	Rag(int rank, String tagClass) {
		this.rank = rank;
		this.tagClass = tagClass;
	}

	public String messageKey() {
		return "rag." + name();
	}

	public String tagClass() {
		return this.tagClass;
	}

	/**
	 * How good the status is, worst first, so the status trend can compare two quarters;
	 * declaration order follows the documents' wording ("RAG") and is not meaningful.
	 * @return 0 for Red up to 3 for Blue
	 */
	public int rank() {
		return this.rank;
	}

}
