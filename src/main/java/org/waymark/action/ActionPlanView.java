package org.waymark.action;

import org.waymark.shared.FormattedText;

import java.util.List;

/**
 * An action plan as its page and its printable view show it: the header, then each
 * objective with the actions directly under it and its lettered sub-objectives with
 * theirs.
 *
 * @param programmeTerm what the programme's plan calls a programme, capitalised:
 * "Priority"
 * @param programmeLabel the programme in its plan's term, "Priority 3"
 * @param recommendationSource the one source of the plan's recommendations, named in the
 * column heading ("Ofsted 2017 Recommendation number"), or {@code null}
 * @param canEdit whether the reader may change the plan
 */
public record ActionPlanView(long id, long version, long programmeId, int programmeNumber, String programmeTerm,
		String programmeLabel, String programmeTitle, String title, String year, String versionLabel,
		ActionPlanStatus status, String leadDeliveryGroup, String seniorResponsibleOwners, String recommendationSource,
		boolean canEdit, List<ObjectiveView> objectives) {

	public ActionPlanView {
		objectives = List.copyOf(objectives);
	}

	public int actionCount() {
		return this.objectives.stream()
			.mapToInt((o) -> o.actions().size() + o.subObjectives().stream().mapToInt((s) -> s.actions().size()).sum())
			.sum();
	}

	/** An objective; first and last say whether it can move up or down. */
	public record ObjectiveView(long id, long version, int number, String title, String lead, boolean first,
			boolean last, List<ActionView> actions, List<SubObjectiveView> subObjectives) {

		public ObjectiveView {
			actions = List.copyOf(actions);
			subObjectives = List.copyOf(subObjectives);
		}

		public boolean hasActions() {
			return !this.actions.isEmpty() || this.subObjectives.stream().anyMatch((s) -> !s.actions().isEmpty());
		}

	}

	public record SubObjectiveView(long id, long version, String letter, String title, String lead,
			List<ActionView> actions) {

		public SubObjectiveView {
			actions = List.copyOf(actions);
		}

	}

	/**
	 * An action with every column of the plan.
	 *
	 * @param recommendations the recommendation numbers as the plan writes them ("1, 2
	 * and 3"), empty if none
	 * @param carriedFromPlanId the plan of the action it was carried forward from, or
	 * {@code null}
	 * @param carriedFromYear that plan's year, e.g. "2017/18", or {@code null}
	 * @param first whether it is first among the actions where it sits
	 * @param last whether it is last among them
	 */
	public record ActionView(long id, long version, FormattedText description, FormattedText owners,
			FormattedText deadline, Brag brag, boolean overdue, FormattedText kpis, FormattedText outcome,
			String recommendations, List<String> measures, Long carriedFromPlanId, String carriedFromYear,
			boolean first, boolean last) {

		public ActionView {
			measures = List.copyOf(measures);
		}

	}

}
