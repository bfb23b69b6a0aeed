package org.waymark.action.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.waymark.action.ActionPlanService.ActionDetails;
import org.waymark.action.Brag;
import org.waymark.action.DeadlineText;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An action as typed. Where it sits is one choice, "objective id" or "objective id/sub-
 * objective id"; its rating is a BRAG colour or NOT_RATED.
 */
public class ActionForm {

	static final String NOT_RATED = "NOT_RATED";

	@NotBlank
	@Size(max = 300)
	private String place;

	@NotBlank
	@Size(max = 20_000)
	private String description;

	@Size(max = 2000)
	private String owners;

	@Size(max = 2000)
	private String deadline;

	private String rating = NOT_RATED;

	@Size(max = 10_000)
	private String kpiText;

	@Size(max = 10_000)
	private String expectedOutcome;

	private Set<Long> recommendations = new LinkedHashSet<>();

	private Set<Long> measures = new LinkedHashSet<>();

	private long version;

	static ActionForm of(ActionDetails details, long version) {
		ActionForm form = new ActionForm();
		form.place = place(details.objectiveId(), details.subObjectiveId());
		form.description = details.description();
		form.owners = details.owners();
		form.deadline = details.deadline().asWritten();
		form.rating = (details.brag() != null) ? details.brag().name() : NOT_RATED;
		form.kpiText = details.kpiText();
		form.expectedOutcome = details.expectedOutcome();
		form.recommendations = new LinkedHashSet<>(details.recommendationIds());
		form.measures = new LinkedHashSet<>(details.measureIds());
		form.version = version;
		return form;
	}

	static String place(long objectiveId, Long subObjectiveId) {
		return (subObjectiveId != null) ? objectiveId + "/" + subObjectiveId : String.valueOf(objectiveId);
	}

	/** The objective and sub-objective ids the place names, or null if it names none. */
	Long[] placeIds() {
		if (this.place == null) {
			return null;
		}
		String[] parts = this.place.strip().split("/", -1);
		try {
			if (parts.length == 1) {
				return new Long[] { Long.parseLong(parts[0]), null };
			}
			if (parts.length == 2) {
				return new Long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/** The rating chosen, or null for "not yet rated" (or anything unrecognised). */
	Brag brag() {
		for (Brag brag : Brag.values()) {
			if (brag.name().equals(this.rating)) {
				return brag;
			}
		}
		return null;
	}

	boolean ratingKnown() {
		return NOT_RATED.equals(this.rating) || brag() != null;
	}

	ActionDetails details(DeadlineText deadline) {
		Long[] ids = placeIds();
		return new ActionDetails(ids[0], ids[1], this.description.strip(), ActionPlanForm.blankToNull(this.owners),
				deadline, brag(), ActionPlanForm.blankToNull(this.kpiText),
				ActionPlanForm.blankToNull(this.expectedOutcome), this.recommendations, this.measures);
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwners() {
		return this.owners;
	}

	public void setOwners(String owners) {
		this.owners = owners;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getKpiText() {
		return this.kpiText;
	}

	public void setKpiText(String kpiText) {
		this.kpiText = kpiText;
	}

	public String getExpectedOutcome() {
		return this.expectedOutcome;
	}

	public void setExpectedOutcome(String expectedOutcome) {
		this.expectedOutcome = expectedOutcome;
	}

	public Set<Long> getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(Set<Long> recommendations) {
		this.recommendations = recommendations;
	}

	public Set<Long> getMeasures() {
		return this.measures;
	}

	public void setMeasures(Set<Long> measures) {
		this.measures = measures;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
