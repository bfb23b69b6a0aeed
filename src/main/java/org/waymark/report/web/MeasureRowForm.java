package org.waymark.report.web;

import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.report.MeasureRowInput;

import java.util.Objects;

/** One row of the measures table as typed; see {@link MeasureRowInput} for the rules. */
public class MeasureRowForm {

	private String value;

	private String period;

	private DataStatus dataStatus = DataStatus.REPORTED;

	private DirectionOfTravel override;

	private String overrideReason;

	static MeasureRowForm of(MeasureRowInput saved) {
		MeasureRowForm form = new MeasureRowForm();
		form.value = saved.value();
		form.period = saved.period();
		form.dataStatus = saved.dataStatus();
		form.override = saved.override();
		form.overrideReason = saved.overrideReason();
		return form;
	}

	MeasureRowInput input() {
		return new MeasureRowInput(this.value, this.period, this.dataStatus, this.override, this.overrideReason);
	}

	/**
	 * Whether what was typed differs from what is saved, ignoring spaces around the text:
	 * after a refused save, the rows to show the saved values beside.
	 */
	boolean differsFrom(MeasureRowInput saved) {
		return !trimmed(this.value).equals(trimmed(saved.value()))
				|| !trimmed(this.period).equals(trimmed(saved.period()))
				|| !Objects.equals(Objects.requireNonNullElse(this.dataStatus, DataStatus.REPORTED), saved.dataStatus())
				|| this.override != saved.override()
				|| !trimmed(this.overrideReason).equals(trimmed(saved.overrideReason()));
	}

	private static String trimmed(String text) {
		return (text == null) ? "" : text.strip();
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public DataStatus getDataStatus() {
		return this.dataStatus;
	}

	public void setDataStatus(DataStatus dataStatus) {
		this.dataStatus = dataStatus;
	}

	public DirectionOfTravel getOverride() {
		return this.override;
	}

	public void setOverride(DirectionOfTravel override) {
		this.override = override;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public void setOverrideReason(String overrideReason) {
		this.overrideReason = overrideReason;
	}

}
