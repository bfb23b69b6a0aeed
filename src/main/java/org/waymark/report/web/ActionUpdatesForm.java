package org.waymark.report.web;

import org.waymark.action.Brag;
import org.waymark.report.ActionUpdateInput;
import org.waymark.report.ActionUpdatesDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * The quarter's action updates as typed: one {@link ActionUpdateForm} per action of the
 * plan, in its order, and the fingerprint of the updates the form showed.
 */
public class ActionUpdatesForm {

	/**
	 * The most actions a request may bind, well above any action plan, so a forged field
	 * name cannot make the server build a huge list.
	 */
	static final int MAX_ACTIONS = 1_000;

	private String fingerprint;

	private List<ActionUpdateForm> actions = new ArrayList<>();

	static ActionUpdatesForm of(ActionUpdatesDraft draft) {
		ActionUpdatesForm form = new ActionUpdatesForm();
		form.fingerprint = draft.fingerprint();
		for (ActionUpdatesDraft.ActionRow action : draft.actions()) {
			form.actions.add(ActionUpdateForm.of(action.saved()));
		}
		return form;
	}

	/**
	 * Makes the form one entry per action: entries the request did not send are filled
	 * with what is saved, and entries beyond the plan are dropped.
	 */
	void fitTo(ActionUpdatesDraft draft) {
		List<ActionUpdateForm> fitted = new ArrayList<>();
		for (ActionUpdatesDraft.ActionRow action : draft.actions()) {
			ActionUpdateForm typed = (action.index() < this.actions.size()) ? this.actions.get(action.index()) : null;
			fitted.add((typed != null) ? typed : ActionUpdateForm.of(action.saved()));
		}
		this.actions = fitted;
	}

	List<ActionUpdateInput> inputs() {
		return this.actions.stream().map(ActionUpdateForm::input).toList();
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public List<ActionUpdateForm> getActions() {
		return this.actions;
	}

	public void setActions(List<ActionUpdateForm> actions) {
		this.actions = actions;
	}

	/** One action's update as typed. */
	public static class ActionUpdateForm {

		private Brag brag;

		private String commentary;

		static ActionUpdateForm of(ActionUpdateInput saved) {
			ActionUpdateForm form = new ActionUpdateForm();
			form.brag = saved.brag();
			form.commentary = saved.commentary();
			return form;
		}

		ActionUpdateInput input() {
			return new ActionUpdateInput(this.brag, this.commentary);
		}

		/** Whether what was typed differs from what is saved (spaces around it aside). */
		boolean differsFrom(ActionUpdateInput saved) {
			return this.brag != saved.brag() || !trimmed(this.commentary).equals(trimmed(saved.commentary()));
		}

		private static String trimmed(String text) {
			return (text == null) ? "" : text.strip();
		}

		public Brag getBrag() {
			return this.brag;
		}

		public void setBrag(Brag brag) {
			this.brag = brag;
		}

		public String getCommentary() {
			return this.commentary;
		}

		public void setCommentary(String commentary) {
			this.commentary = commentary;
		}

	}

}
