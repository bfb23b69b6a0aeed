package org.waymark.measure.web;

import org.springframework.validation.Errors;
import org.waymark.measure.ComparatorDetails;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureDetails;
import org.waymark.measure.MeasureEntry;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.Polarity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure as typed into its form. Everything is kept as text so that whatever was typed
 * comes back with the errors; {@link #validate} reads it and says what is wrong, field by
 * field, and {@link #details} turns what passed into the change to save. Figures (target
 * and comparators) are read as the measures table reads them ({@link MeasureEntry}):
 * "54.3%" or "3.9", in the measure's unit.
 */
public class MeasureForm {

	/** Empty comparator rows offered for adding comparators without JavaScript. */
	static final int SPARE_ROWS = 2;

	/**
	 * The most comparator rows a request may bind, so a forged field name cannot make the
	 * server build a huge list.
	 */
	static final int MAX_ROWS = 50;

	static final int MAX_NAME = 500;

	static final int MAX_HEADING = 500;

	static final int MAX_TEXT = 2_000;

	/** The frequency column's width. */
	static final int MAX_FREQUENCY = 40;

	static final int MAX_LABEL = 500;

	/** The comparator period column's width. */
	static final int MAX_PERIOD = 100;

	private String version;

	private String heading;

	private String name;

	private MeasureUnit unit;

	private Polarity polarity;

	private String decimalPlaces = "1";

	private String targetValue;

	private String targetText;

	private String frequency;

	private String dataSource;

	private List<ComparatorForm> comparators = new ArrayList<>();

	/** A blank form for a new measure, with spare comparator rows. */
	static MeasureForm blank() {
		MeasureForm form = new MeasureForm();
		form.addSpareRows();
		return form;
	}

	/** The form filled in with what is saved, and spare rows for more comparators. */
	static MeasureForm of(MeasureDetails saved, long version) {
		MeasureForm form = new MeasureForm();
		form.version = String.valueOf(version);
		form.heading = saved.heading();
		form.name = saved.name();
		form.unit = saved.unit();
		form.polarity = saved.polarity();
		form.decimalPlaces = String.valueOf(saved.decimalPlaces());
		form.targetValue = plain(saved.targetValue());
		form.targetText = saved.targetText();
		form.frequency = saved.frequency();
		form.dataSource = saved.dataSource();
		for (ComparatorDetails comparator : saved.comparators()) {
			ComparatorForm row = new ComparatorForm();
			row.setLabel(comparator.label());
			row.setValue(plain(comparator.value()));
			row.setPeriod(comparator.period());
			form.comparators.add(row);
		}
		form.addSpareRows();
		return form;
	}

	private void addSpareRows() {
		for (int i = 0; i < SPARE_ROWS; i++) {
			this.comparators.add(ComparatorForm.blank());
		}
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

	/** The version the form showed, or -1 when it sent none or something else. */
	long shownVersion() {
		try {
			return (this.version != null) ? Long.parseLong(this.version.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Rejects what cannot be saved, against the field it is in. */
	void validate(Errors errors) {
		if (isBlank(this.name)) {
			errors.rejectValue("name", "measureForm.name.required");
		}
		tooLong(errors, "name", this.name, MAX_NAME);
		tooLong(errors, "heading", this.heading, MAX_HEADING);
		tooLong(errors, "targetText", this.targetText, MAX_TEXT);
		tooLong(errors, "frequency", this.frequency, MAX_FREQUENCY);
		tooLong(errors, "dataSource", this.dataSource, MAX_TEXT);
		if (this.unit == null && !errors.hasFieldErrors("unit")) {
			errors.rejectValue("unit", "measureForm.unit.required");
		}
		if (this.polarity == null && !errors.hasFieldErrors("polarity")) {
			errors.rejectValue("polarity", "measureForm.polarity.required");
		}
		if (decimalPlacesNumber() == null) {
			errors.rejectValue("decimalPlaces", "measureForm.decimalPlaces.invalid",
					new Object[] { DirectionOfTravel.MAX_DECIMAL_PLACES }, null);
		}
		figure(errors, "targetValue", this.targetValue);
		for (int i = 0; i < this.comparators.size(); i++) {
			ComparatorForm row = this.comparators.get(i);
			if (row == null || row.isRemove() || row.isBlank()) {
				continue;
			}
			String field = "comparators[" + i + "].";
			if (isBlank(row.getLabel())) {
				errors.rejectValue(field + "label", "measureForm.comparator.label.required", new Object[] { i + 1 },
						null);
			}
			tooLong(errors, field + "label", row.getLabel(), MAX_LABEL);
			tooLong(errors, field + "period", row.getPeriod(), MAX_PERIOD);
			figure(errors, field + "value", row.getValue());
		}
	}

	/**
	 * What to save: call only after {@link #validate} found nothing wrong. Rows left
	 * blank or ticked for removal are left out.
	 */
	MeasureDetails details() {
		List<ComparatorDetails> kept = new ArrayList<>();
		for (ComparatorForm row : this.comparators) {
			if (row != null && !row.isRemove() && !row.isBlank()) {
				kept.add(
						new ComparatorDetails(row.getLabel().strip(), number(row.getValue()), orNull(row.getPeriod())));
			}
		}
		return new MeasureDetails(orNull(this.heading), this.name.strip(), this.unit, this.polarity,
				decimalPlacesNumber(), number(this.targetValue), orNull(this.targetText), orNull(this.frequency),
				orNull(this.dataSource), kept);
	}

	private Integer decimalPlacesNumber() {
		String typed = (this.decimalPlaces != null) ? this.decimalPlaces.strip() : "";
		if (!typed.matches("\\d{1,2}")) {
			return null;
		}
		int places = Integer.parseInt(typed);
		return (places <= DirectionOfTravel.MAX_DECIMAL_PLACES) ? places : null;
	}

	/** A target or comparator figure: blank, or a number in the measure's unit. */
	private void figure(Errors errors, String field, String typed) {
		if (isBlank(typed) || errors.hasFieldErrors(field)) {
			return;
		}
		if (this.unit == MeasureUnit.NARRATIVE) {
			errors.rejectValue(field, "measureForm.figure.narrative");
			return;
		}
		MeasureEntry entry = MeasureEntry.read(typed, readingUnit());
		if (entry.problem() == MeasureEntry.Problem.TOO_MANY_DECIMAL_PLACES) {
			errors.rejectValue(field, "measureForm.figure.decimalPlaces",
					new Object[] { MeasureEntry.MAX_DECIMAL_PLACES }, null);
		}
		else if (entry.problem() == MeasureEntry.Problem.TOO_LARGE) {
			errors.rejectValue(field, "measureForm.figure.tooLarge");
		}
		else if (!entry.isFigure()) {
			errors.rejectValue(field, "measureForm.figure.invalid");
		}
	}

	private BigDecimal number(String typed) {
		return isBlank(typed) ? null : MeasureEntry.read(typed, readingUnit()).number();
	}

	/** The unit figures are read in: the chosen one, or a count while none is chosen. */
	private MeasureUnit readingUnit() {
		return (this.unit != null) ? this.unit : MeasureUnit.COUNT;
	}

	private static void tooLong(Errors errors, String field, String typed, int limit) {
		if (typed != null && typed.strip().length() > limit && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "measureForm.tooLong", new Object[] { limit }, null);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String orNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MeasureUnit getUnit() {
		return this.unit;
	}

	public void setUnit(MeasureUnit unit) {
		this.unit = unit;
	}

	public Polarity getPolarity() {
		return this.polarity;
	}

	public void setPolarity(Polarity polarity) {
		this.polarity = polarity;
	}

	public String getDecimalPlaces() {
		return this.decimalPlaces;
	}

	public void setDecimalPlaces(String decimalPlaces) {
		this.decimalPlaces = decimalPlaces;
	}

	public String getTargetValue() {
		return this.targetValue;
	}

	public void setTargetValue(String targetValue) {
		this.targetValue = targetValue;
	}

	public String getTargetText() {
		return this.targetText;
	}

	public void setTargetText(String targetText) {
		this.targetText = targetText;
	}

	public String getFrequency() {
		return this.frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency;
	}

	public String getDataSource() {
		return this.dataSource;
	}

	public void setDataSource(String dataSource) {
		this.dataSource = dataSource;
	}

	public List<ComparatorForm> getComparators() {
		return this.comparators;
	}

	public void setComparators(List<ComparatorForm> comparators) {
		this.comparators = comparators;
	}

}
