package org.waymark.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the business manager types when returning a report (what needs changing) or
 * correcting a published one (why): required either way.
 */
public class ReviewForm {

	@NotBlank
	@Size(max = 10_000)
	private String comment;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
