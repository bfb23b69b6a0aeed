package org.waymark.admin.web;

import org.springframework.validation.Errors;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeDetails;

/**
 * A programme as typed: its number (the next free one for a new programme), title,
 * description, delivery group, senior responsible owners and scrutiny champions.
 */
public class ProgrammeForm {

	static final int MAX_TEXT = 10_000;

	private String number;

	private String title;

	private String description;

	private String deliveryGroup;

	private String seniorResponsibleOwners;

	private String scrutinyChampions;

	static ProgrammeForm numbered(int number) {
		ProgrammeForm form = new ProgrammeForm();
		form.number = String.valueOf(number);
		return form;
	}

	static ProgrammeForm of(ImprovementProgramme programme) {
		ProgrammeForm form = numbered(programme.getNumber());
		form.title = programme.getTitle();
		form.description = programme.getDescription();
		form.deliveryGroup = (programme.getDeliveryGroup() != null)
				? String.valueOf(programme.getDeliveryGroup().getId()) : "";
		form.seniorResponsibleOwners = programme.getSeniorResponsibleOwners();
		form.scrutinyChampions = programme.getScrutinyChampions();
		return form;
	}

	void validate(Errors errors) {
		if (this.number == null || this.number.isBlank()) {
			errors.rejectValue("number", "programmeForm.number.required");
		}
		else if (!this.number.strip().matches("\\d{1,4}") || Integer.parseInt(this.number.strip()) < 1) {
			errors.rejectValue("number", "programmeForm.number.invalid");
		}
		PlanForm.required(errors, "title", this.title, MAX_TEXT);
		for (String[] field : new String[][] { { "description", this.description },
				{ "seniorResponsibleOwners", this.seniorResponsibleOwners },
				{ "scrutinyChampions", this.scrutinyChampions } }) {
			if (field[1] != null && field[1].strip().length() > MAX_TEXT) {
				errors.rejectValue(field[0], "planForm.tooLong", new Object[] { MAX_TEXT }, null);
			}
		}
		if (this.deliveryGroup != null && !this.deliveryGroup.isBlank()
				&& !this.deliveryGroup.strip().matches("\\d{1,18}")) {
			errors.rejectValue("deliveryGroup", "programmeForm.group.unknown");
		}
	}

	/** Call only after {@link #validate} found nothing wrong. */
	ProgrammeDetails details() {
		return new ProgrammeDetails(Integer.parseInt(this.number.strip()), this.title.strip(),
				PlanForm.orNull(this.description),
				(this.deliveryGroup == null || this.deliveryGroup.isBlank()) ? null
						: Long.valueOf(this.deliveryGroup.strip()),
				PlanForm.orNull(this.seniorResponsibleOwners), PlanForm.orNull(this.scrutinyChampions));
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDeliveryGroup() {
		return this.deliveryGroup;
	}

	public void setDeliveryGroup(String deliveryGroup) {
		this.deliveryGroup = deliveryGroup;
	}

	public String getSeniorResponsibleOwners() {
		return this.seniorResponsibleOwners;
	}

	public void setSeniorResponsibleOwners(String seniorResponsibleOwners) {
		this.seniorResponsibleOwners = seniorResponsibleOwners;
	}

	public String getScrutinyChampions() {
		return this.scrutinyChampions;
	}

	public void setScrutinyChampions(String scrutinyChampions) {
		this.scrutinyChampions = scrutinyChampions;
	}

}
