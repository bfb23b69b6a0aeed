package org.waymark.dashboard;

/**
 * A RAG view filter value that is not a colour or a type ("purple", "budget"): refused
 * with a 400 page naming it, as the risk pages refuse theirs, rather than showing a list
 * other than the one asked for.
 */
public class UnknownRagFilterException extends RuntimeException {

	private final String parameter;

	private final String value;

	/**
	 * @param parameter {@code colour} or {@code type}
	 * @param value the value sent
	 */
	public UnknownRagFilterException(String parameter, String value) {
		super("Unknown RAG view filter " + parameter + "=" + value);
		this.parameter = parameter;
		this.value = value;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

}
