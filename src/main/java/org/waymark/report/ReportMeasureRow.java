package org.waymark.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.measure.DirectionAssessment;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.shared.BaseEntity;

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

	@ManyToOne(fetch = FetchType.LAZY)
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
