package org.waymark.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One observation of a measure: the period it describes as written ("R12 months ending
 * December 17"), a date to order by, the number where there is one, and the text exactly
 * as reported.
 */
@Entity
@Table(name = "measure_value")
@Audited
public class MeasureValue extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "measure_id", nullable = false)
	private Measure measure;

	@Column(name = "period_label", columnDefinition = "text")
	private String periodLabel;

	/** The last day of the period described, used to put values in order. */
	@Column(name = "period_end")
	private LocalDate periodEnd;

	@Column(name = "numeric_value", precision = 19, scale = 4)
	private BigDecimal numericValue;

	@Column(precision = 19, scale = 4)
	private BigDecimal numerator;

	@Column(precision = 19, scale = 4)
	private BigDecimal denominator;

	/**
	 * The value as the report gave it, including breakdowns ("1-7 days = 11 …") and
	 * words.
	 */
	@Column(name = "reported_text", columnDefinition = "text")
	private String reportedText;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_status", nullable = false, length = 30)
	private DataStatus dataStatus = DataStatus.REPORTED;

	/**
	 * True when the measure was defined differently from the previous value, so the two
	 * don't compare.
	 */
	@Column(name = "definition_changed", nullable = false)
	private boolean definitionChanged;

	/**
	 * True while the value is only in a report that has not been published: it is shown
	 * in that report, and nowhere else.
	 */
	@Column(nullable = false)
	private boolean provisional;

	@Version
	private long version;

	protected MeasureValue() {
	}

	public MeasureValue(Measure measure, String periodLabel, LocalDate periodEnd, BigDecimal numericValue,
			String reportedText) {
		this.measure = measure;
		this.periodLabel = periodLabel;
		this.periodEnd = periodEnd;
		this.numericValue = numericValue;
		this.reportedText = reportedText;
	}

	/**
	 * Changes what was reported for the period, e.g. when a lead corrects their draft.
	 */
	public void record(String periodLabel, BigDecimal numericValue, String reportedText) {
		this.periodLabel = periodLabel;
		this.numericValue = numericValue;
		this.reportedText = reportedText;
	}

	/**
	 * A value recorded in a report being written, provisional until the report is
	 * published.
	 */
	public static MeasureValue provisional(Measure measure, String periodLabel, LocalDate periodEnd,
			BigDecimal numericValue, String reportedText) {
		MeasureValue value = new MeasureValue(measure, periodLabel, periodEnd, numericValue, reportedText);
		value.provisional = true;
		return value;
	}

	/**
	 * The report that holds the value has been published: it now stands for the period.
	 */
	public void confirm() {
		this.provisional = false;
	}

	public boolean isProvisional() {
		return this.provisional;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public String getPeriodLabel() {
		return this.periodLabel;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public BigDecimal getNumericValue() {
		return this.numericValue;
	}

	public BigDecimal getNumerator() {
		return this.numerator;
	}

	public BigDecimal getDenominator() {
		return this.denominator;
	}

	public void setFraction(BigDecimal numerator, BigDecimal denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public String getReportedText() {
		return this.reportedText;
	}

	public DataStatus getDataStatus() {
		return this.dataStatus;
	}

	public void setDataStatus(DataStatus dataStatus) {
		this.dataStatus = dataStatus;
	}

	public boolean isDefinitionChanged() {
		return this.definitionChanged;
	}

	public void setDefinitionChanged(boolean definitionChanged) {
		this.definitionChanged = definitionChanged;
	}

}
