package org.waymark.action.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.waymark.action.ActionPlanService.HeadingDetails;

/**
 * An objective's or a sub-objective's heading as typed: its letter (sub-objectives only),
 * title and lead.
 */
public class HeadingForm {

	@Size(max = 4)
	private String letter;

	@NotBlank
	@Size(max = 2000)
	private String title;

	@Size(max = 2000)
	private String lead;

	private long version;

	static HeadingForm of(HeadingDetails details, long version) {
		HeadingForm form = new HeadingForm();
		form.letter = details.letter();
		form.title = details.title();
		form.lead = details.lead();
		form.version = version;
		return form;
	}

	HeadingDetails details() {
		return new HeadingDetails(ActionPlanForm.blankToNull(this.letter), this.title.strip(),
				ActionPlanForm.blankToNull(this.lead));
	}

	public String getLetter() {
		return this.letter;
	}

	public void setLetter(String letter) {
		this.letter = letter;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
