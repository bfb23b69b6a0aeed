package org.waymark.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.waymark.shared.BaseEntity;

import java.math.BigDecimal;

/**
 * A benchmark a measure is read against: "Stat neighbour average 52.07% (2016)", "South
 * West 90.5%".
 */
@Entity
@Table(name = "measure_comparator")
@Audited
public class MeasureComparator extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "measure_id", nullable = false)
	private Measure measure;

	@Column(nullable = false, columnDefinition = "text")
	private String label;

	// "value" is a reserved word in H2.
	@Column(name = "comparator_value", precision = 19, scale = 4)
	private BigDecimal value;

	@Column(length = 100)
	private String period;

	@Column(nullable = false)
	private int position;

	protected MeasureComparator() {
	}

	MeasureComparator(Measure measure, String label, BigDecimal value, String period, int position) {
		this.measure = measure;
		this.label = label;
		this.value = value;
		this.period = period;
		this.position = position;
	}

	void change(String label, BigDecimal value, String period, int position) {
		this.label = label;
		this.value = value;
		this.period = period;
		this.position = position;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public String getLabel() {
		return this.label;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public String getPeriod() {
		return this.period;
	}

	public int getPosition() {
		return this.position;
	}

}
