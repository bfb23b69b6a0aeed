package org.waymark.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionAssessment;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.shared.BaseEntity;

import java.math.BigDecimal;

/**
 * One row of a highlight report's measures table: the measure, its current and previous
 * values, and the direction of travel — computed from the values, or overridden by the
 * lead with a reason.
 */
@Entity
@Table(name = "report_measure_row")
@Audited
public class ReportMeasureRow extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", nullable = false)
	private HighlightReport report;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "measure_id", nullable = false)
	private Measure measure;

	// This quarter's value is first recorded through its row, so it is saved with it.
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "current_value_id")
	private MeasureValue currentValue;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "previous_value_id")
	private MeasureValue previousValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction_override", length = 20)
	private DirectionOfTravel directionOverride;

	@Column(name = "override_reason", columnDefinition = "text")
	private String overrideReason;

	@Column(nullable = false)
	private int position;

	protected ReportMeasureRow() {
	}

	ReportMeasureRow(HighlightReport report, Measure measure, MeasureValue currentValue, MeasureValue previousValue,
			int position) {
		this.report = report;
		this.measure = measure;
		this.currentValue = currentValue;
		this.previousValue = previousValue;
		this.position = position;
	}

	/**
	 * The computed direction and any override; never stored, so it cannot drift from the
	 * values.
	 */
	public DirectionAssessment direction() {
		return new DirectionAssessment(this.measure.directionBetween(this.previousValue, this.currentValue),
				this.directionOverride, this.overrideReason);
	}

	/**
	 * Whether the lead has answered for this measure this quarter: a value (a number or
	 * words) or a data status that says why there is none.
	 */
	public boolean isAnswered() {
		if (this.currentValue == null) {
			return false;
		}
		return this.currentValue.getNumericValue() != null
				|| (this.currentValue.getReportedText() != null && !this.currentValue.getReportedText().isBlank())
				|| this.currentValue.getDataStatus() != DataStatus.REPORTED;
	}

	/**
	 * Records this quarter's value, creating it on first entry and otherwise changing it
	 * in place (its audit history keeps what it said before).
	 */
	public MeasureValue recordCurrent(String periodLabel, BigDecimal numericValue, String reportedText,
			DataStatus dataStatus) {
		if (this.currentValue == null) {
			this.currentValue = new MeasureValue(this.measure, periodLabel, null, numericValue, reportedText);
		}
		else {
			this.currentValue.record(periodLabel, numericValue, reportedText);
		}
		this.currentValue.setDataStatus(dataStatus);
		return this.currentValue;
	}

	/**
	 * Records this quarter's value as a new measure value, leaving the one the row
	 * pointed at untouched: a correction's rows share their values with the published
	 * revision, which must go on saying what it said. The new value keeps whether the
	 * measure's definition changed, which the lead does not edit.
	 */
	MeasureValue recordCurrentAsNew(String periodLabel, BigDecimal numericValue, String reportedText,
			DataStatus dataStatus) {
		boolean definitionChanged = this.currentValue != null && this.currentValue.isDefinitionChanged();
		this.currentValue = null;
		MeasureValue value = recordCurrent(periodLabel, numericValue, reportedText, dataStatus);
		value.setDefinitionChanged(definitionChanged);
		return value;
	}

	/** Takes away the lead's override, leaving the computed direction. */
	public void clearDirectionOverride() {
		this.directionOverride = null;
		this.overrideReason = null;
	}

	/**
	 * The same row in a correction: it shows the same values until the correction changes
	 * them.
	 */
	ReportMeasureRow copyTo(HighlightReport correction) {
		ReportMeasureRow copy = new ReportMeasureRow(correction, this.measure, this.currentValue, this.previousValue,
				this.position);
		copy.directionOverride = this.directionOverride;
		copy.overrideReason = this.overrideReason;
		return copy;
	}

	public void overrideDirection(DirectionOfTravel direction, String reason) {
		DirectionAssessment checked = new DirectionAssessment(DirectionOfTravel.NOT_COMPARABLE, direction, reason);
		this.directionOverride = checked.override();
		this.overrideReason = checked.overrideReason();
	}

	public HighlightReport getReport() {
		return this.report;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public MeasureValue getCurrentValue() {
		return this.currentValue;
	}

	public MeasureValue getPreviousValue() {
		return this.previousValue;
	}

	public DirectionOfTravel getDirectionOverride() {
		return this.directionOverride;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public int getPosition() {
		return this.position;
	}

}
