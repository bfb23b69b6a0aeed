package org.waymark.action.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.waymark.action.ActionPlanService.PlanDetails;
import org.waymark.action.ActionPlanStatus;

/**
 * An action plan's header as typed; the year only when creating one, the version only
 * when changing one.
 */
public class ActionPlanForm {

	private Integer year;

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 100)
	private String versionLabel;

	@NotNull
	private ActionPlanStatus status = ActionPlanStatus.DRAFT;

	@Size(max = 2000)
	private String leadDeliveryGroup;

	@Size(max = 2000)
	private String seniorResponsibleOwners;

	private long version;

	static ActionPlanForm of(PlanDetails details, long version) {
		ActionPlanForm form = new ActionPlanForm();
		form.title = details.title();
		form.versionLabel = details.versionLabel();
		form.status = details.status();
		form.leadDeliveryGroup = details.leadDeliveryGroup();
		form.seniorResponsibleOwners = details.seniorResponsibleOwners();
		form.version = version;
		return form;
	}

	PlanDetails details() {
		return new PlanDetails(this.title.strip(), blankToNull(this.versionLabel), this.status,
				blankToNull(this.leadDeliveryGroup), blankToNull(this.seniorResponsibleOwners));
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getVersionLabel() {
		return this.versionLabel;
	}

	public void setVersionLabel(String versionLabel) {
		this.versionLabel = versionLabel;
	}

	public ActionPlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(ActionPlanStatus status) {
		this.status = status;
	}

	public String getLeadDeliveryGroup() {
		return this.leadDeliveryGroup;
	}

	public void setLeadDeliveryGroup(String leadDeliveryGroup) {
		this.leadDeliveryGroup = leadDeliveryGroup;
	}

	public String getSeniorResponsibleOwners() {
		return this.seniorResponsibleOwners;
	}

	public void setSeniorResponsibleOwners(String seniorResponsibleOwners) {
		this.seniorResponsibleOwners = seniorResponsibleOwners;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
