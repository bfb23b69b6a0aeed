package org.waymark.measure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An outcome measure (KPI) of a programme, grouped under a heading, with its unit,
 * polarity, optional target and comparators ("England average 3.9 per 1,000
 * (2014–2016)").
 */
@Entity
@Table(name = "measure")
@Audited
public class Measure extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", nullable = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private ImprovementProgramme programme;

	/**
	 * The group heading the measure sits under, e.g. "2. Supporting parents in their
	 * role".
	 */
	@Column(columnDefinition = "text")
	private String heading;

	@Column(nullable = false, columnDefinition = "text")
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeasureUnit unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Polarity polarity;

	/**
	 * Precision values are shown at; two values equal at this precision have "stayed the
	 * same".
	 */
	@Column(name = "decimal_places", nullable = false)
	private int decimalPlaces = 1;

	@Column(name = "target_value", precision = 19, scale = 4)
	private BigDecimal targetValue;

	/** The target as worded, e.g. "Target = 90%", "All secondary schools". */
	@Column(name = "target_text", columnDefinition = "text")
	private String targetText;

	@Column(length = 40)
	private String frequency;

	@Column(name = "data_source", columnDefinition = "text")
	private String dataSource;

	@Column(nullable = false)
	private int position;

	@OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<MeasureComparator> comparators = new ArrayList<>();

	@Version
	private long version;

	protected Measure() {
	}

	public Measure(ImprovementProgramme programme, String name, MeasureUnit unit, Polarity polarity, int position) {
		this.programme = programme;
		this.name = name;
		this.unit = unit;
		this.polarity = polarity;
		this.position = position;
	}

	public MeasureComparator addComparator(String label, BigDecimal value, String period) {
		MeasureComparator comparator = new MeasureComparator(this, label, value, period, this.comparators.size());
		this.comparators.add(comparator);
		return comparator;
	}

	/**
	 * Changes what the measure is: its name, unit, polarity and the precision its values
	 * are shown at.
	 */
	public void define(String name, MeasureUnit unit, Polarity polarity, int decimalPlaces) {
		this.name = name;
		this.unit = unit;
		this.polarity = polarity;
		this.decimalPlaces = decimalPlaces;
	}

	/**
	 * Makes the comparators those given, in order: existing rows are changed in place (so
	 * their history reads as changes), extra rows added, rows beyond the list removed.
	 */
	public void replaceComparators(List<ComparatorDetails> wanted) {
		for (int i = 0; i < wanted.size(); i++) {
			ComparatorDetails details = wanted.get(i);
			if (i < this.comparators.size()) {
				this.comparators.get(i).change(details.label(), details.value(), details.period(), i);
			}
			else {
				this.comparators
					.add(new MeasureComparator(this, details.label(), details.value(), details.period(), i));
			}
		}
		while (this.comparators.size() > wanted.size()) {
			this.comparators.remove(this.comparators.size() - 1);
		}
	}

	/**
	 * The direction of travel between two of this measure's values, by its polarity and
	 * precision.
	 */
	public DirectionOfTravel directionBetween(MeasureValue previous, MeasureValue current) {
		if (previous == null || current == null) {
			return DirectionOfTravel.NOT_COMPARABLE;
		}
		return DirectionOfTravel.between(previous.getNumericValue(), current.getNumericValue(), this.polarity,
				this.decimalPlaces, current.isDefinitionChanged());
	}

	public ImprovementProgramme getProgramme() {
		return this.programme;
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

	public MeasureUnit getUnit() {
		return this.unit;
	}

	public Polarity getPolarity() {
		return this.polarity;
	}

	public int getDecimalPlaces() {
		return this.decimalPlaces;
	}

	public void setDecimalPlaces(int decimalPlaces) {
		this.decimalPlaces = decimalPlaces;
	}

	public BigDecimal getTargetValue() {
		return this.targetValue;
	}

	public String getTargetText() {
		return this.targetText;
	}

	public void setTarget(BigDecimal value, String text) {
		this.targetValue = value;
		this.targetText = text;
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

	public int getPosition() {
		return this.position;
	}

	public List<MeasureComparator> getComparators() {
		return this.comparators;
	}

	public long getVersion() {
		return this.version;
	}

}
