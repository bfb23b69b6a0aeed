package org.waymark.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.waymark.plan.Plan;
import org.waymark.shared.BaseEntity;

/**
 * A numbered recommendation from an inspection or review ("Ofsted 2017", recommendation
 * 11) that actions answer.
 */
@Entity
@Table(name = "recommendation", uniqueConstraints = @UniqueConstraint(columnNames = { "plan_id", "source", "number" }))
public class Recommendation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false)
	private Plan plan;

	@Column(nullable = false, length = 100)
	private String source;

	@Column(nullable = false)
	private int number;

	/** The recommendation's wording; null where the source documents do not give it. */
	@Column(columnDefinition = "text")
	private String text;

	@Version
	private long version;

	protected Recommendation() {
	}

	public Recommendation(Plan plan, String source, int number, String text) {
		this.plan = plan;
		this.source = source;
		this.number = number;
		this.text = text;
	}

	/** "Ofsted 2017 recommendation 11". */
	public String label() {
		return this.source + " recommendation " + this.number;
	}

	public Plan getPlan() {
		return this.plan;
	}

	public String getSource() {
		return this.source;
	}

	public int getNumber() {
		return this.number;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	/**
	 * Moves the recommendation to another source or number; the register checks that no
	 * other recommendation of the plan has them.
	 */
	public void renumber(String source, int number) {
		this.source = source;
		this.number = number;
	}

	public long getVersion() {
		return this.version;
	}

}
