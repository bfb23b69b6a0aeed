package org.waymark.measure.web;

/** One comparator row of the measure form as typed. */
public class ComparatorForm {

	private String label;

	private String value;

	private String period;

	private boolean remove;

	static ComparatorForm blank() {
		return new ComparatorForm();
	}

	/** Whether nothing was typed in the row: a spare row left empty. */
	boolean isBlank() {
		return isBlank(this.label) && isBlank(this.value) && isBlank(this.period);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
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

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
	}

}
