package org.waymark.report.web;

import org.waymark.report.MeasureRowInput;
import org.waymark.report.MeasuresDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures table as typed: one {@link MeasureRowForm} per row of the table, in its
 * order, and the fingerprint of the table the form showed.
 */
public class MeasuresForm {

	/**
	 * The most rows a request may bind, well above any programme's measures, so a forged
	 * field name cannot make the server build a huge list.
	 */
	static final int MAX_ROWS = 1_000;

	private String fingerprint;

	private List<MeasureRowForm> rows = new ArrayList<>();

	/** The form filled in with what is saved. */
	static MeasuresForm of(MeasuresDraft draft) {
		MeasuresForm form = new MeasuresForm();
		form.fingerprint = draft.fingerprint();
		for (MeasuresDraft.Row row : draft.rows()) {
			form.rows.add(MeasureRowForm.of(row.saved()));
		}
		return form;
	}

	/**
	 * Makes the form one row per row of the table: rows the request did not send (a
	 * browser sends them all) are filled with what is saved, so they stay as they are,
	 * and rows beyond the table are dropped.
	 */
	void fitTo(MeasuresDraft draft) {
		List<MeasureRowForm> fitted = new ArrayList<>();
		for (MeasuresDraft.Row row : draft.rows()) {
			MeasureRowForm typed = (row.index() < this.rows.size()) ? this.rows.get(row.index()) : null;
			fitted.add((typed != null) ? typed : MeasureRowForm.of(row.saved()));
		}
		this.rows = fitted;
	}

	List<MeasureRowInput> inputs() {
		return this.rows.stream().map(MeasureRowForm::input).toList();
	}

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

	public List<MeasureRowForm> getRows() {
		return this.rows;
	}

	public void setRows(List<MeasureRowForm> rows) {
		this.rows = rows;
	}

}
