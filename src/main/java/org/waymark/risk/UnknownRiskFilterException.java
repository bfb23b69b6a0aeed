package org.waymark.risk;

/**
 * A filter value the risk pages do not understand (a programme of another plan, a status
 * that does not exist, a likelihood of 9): the request is refused with a 400 page rather
 * than showing a different set of risks than the one asked for.
 */
public class UnknownRiskFilterException extends RuntimeException {

	private final String parameter;

	private final String value;

	/**
	 * @param parameter the query parameter, or {@code cell} for a likelihood without an
	 * impact or an impact without a likelihood
	 * @param value the value sent
	 */
	public UnknownRiskFilterException(String parameter, String value) {
		super("Unknown risk filter " + parameter + "=" + value);
		this.parameter = parameter;
		this.value = value;
	}

	/**
	 * The query parameter, e.g. {@code programme}; {@code cell} when a likelihood or an
	 * impact came without the other.
	 */
	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

}
