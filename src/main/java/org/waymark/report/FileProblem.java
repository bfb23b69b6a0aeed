package org.waymark.report;

/** Why an uploaded file was refused, each with the message that tells the person. */
public enum FileProblem {

	/** A file of no bytes: usually one that failed to save on the person's computer. */
	EMPTY,

	/** Larger than the size allowed for one file. */
	TOO_LARGE,

	/** Its bytes are not a PDF, Word document (DOCX), PNG or JPEG, whatever its name. */
	NOT_ALLOWED,

	/**
	 * Its bytes are one of the allowed kinds but its name says another (a PNG named
	 * report.pdf): stored as it is, it would open wrongly or not at all.
	 */
	NAME_DISAGREES;

	public String messageKey() {
		return "caseStudy.file." + name();
	}

}
