package org.waymark.report;

/**
 * A workflow step the report's current state does not allow, with a message a person can
 * act on.
 */
public class ReportWorkflowException extends IllegalStateException {

	public ReportWorkflowException(String message) {
		super(message);
	}

}
