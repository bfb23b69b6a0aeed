package org.waymark.report;

import org.waymark.action.Brag;
import org.waymark.shared.FormattedText;

import java.util.ArrayList;
import java.util.List;

/**
 * One action's update for the quarter as the form holds it.
 *
 * @param brag the rating, or null while the lead has not rated the action
 * @param commentary a short commentary, or null
 */
public record ActionUpdateInput(Brag brag, String commentary) {

	/** A short commentary: a few sentences, as on the paper plan. */
	public static final int MAX_COMMENTARY_LENGTH = 2_000;

	/** The commentary as paragraphs and lists, for showing beside a form. */
	public FormattedText formattedCommentary() {
		return FormattedText.of(this.commentary);
	}

	/**
	 * What stops the update being saved. A rating left unset is not a problem (updates
	 * are not needed to submit a report), but a commentary needs the rating it explains.
	 */
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		boolean hasCommentary = this.commentary != null && !this.commentary.isBlank();
		if (hasCommentary && this.commentary.strip().length() > MAX_COMMENTARY_LENGTH) {
			problems.add(Problem.COMMENTARY_TOO_LONG);
		}
		else if (hasCommentary && this.brag == null) {
			problems.add(Problem.COMMENTARY_WITHOUT_RATING);
		}
		return problems;
	}

	/** Why an update cannot be saved, and the form field it is about. */
	public enum Problem {

		COMMENTARY_WITHOUT_RATING("brag"), COMMENTARY_TOO_LONG("commentary");

		private final String field;

		Problem(String field) {
			this.field = field;
		}

		public String field() {
			return this.field;
		}

		public String messageKey() {
			return "actions.problem." + name();
		}

		/** The limit the message names, or null. */
		public Integer limit() {
			return (this == COMMENTARY_TOO_LONG) ? MAX_COMMENTARY_LENGTH : null;
		}

	}

}
