package org.waymark.admin.web;

import org.springframework.validation.Errors;
import org.waymark.programme.DeliveryGroup;

/** A delivery group as typed: its name, and its chair's name and job title. */
public class DeliveryGroupForm {

	static final int MAX_NAME = 255;

	private String name;

	private String chairName;

	private String chairTitle;

	static DeliveryGroupForm of(DeliveryGroup group) {
		DeliveryGroupForm form = new DeliveryGroupForm();
		form.name = group.getName();
		form.chairName = group.getChairName();
		form.chairTitle = group.getChairTitle();
		return form;
	}

	void validate(Errors errors) {
		PlanForm.required(errors, "name", this.name, MAX_NAME);
		if (this.chairName != null && this.chairName.strip().length() > MAX_NAME) {
			errors.rejectValue("chairName", "planForm.tooLong", new Object[] { MAX_NAME }, null);
		}
		if (this.chairTitle != null && this.chairTitle.strip().length() > ProgrammeForm.MAX_TEXT) {
			errors.rejectValue("chairTitle", "planForm.tooLong", new Object[] { ProgrammeForm.MAX_TEXT }, null);
		}
	}

	String nameStripped() {
		return this.name.strip();
	}

	String chairNameOrNull() {
		return PlanForm.orNull(this.chairName);
	}

	String chairTitleOrNull() {
		return PlanForm.orNull(this.chairTitle);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getChairName() {
		return this.chairName;
	}

	public void setChairName(String chairName) {
		this.chairName = chairName;
	}

	public String getChairTitle() {
		return this.chairTitle;
	}

	public void setChairTitle(String chairTitle) {
		this.chairTitle = chairTitle;
	}

}
