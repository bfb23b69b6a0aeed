package org.waymark.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

/**
 * The multi-agency board that delivers one or more programmes, e.g. the Early Help
 * Strategic Commissioning Board (programmes 1 and 5), with its chair.
 */
@Entity
@Table(name = "delivery_group")
public class DeliveryGroup extends BaseEntity {

	@Column(nullable = false)
	private String name;

	@Column(name = "chair_name")
	private String chairName;

	@Column(name = "chair_title", columnDefinition = "text")
	private String chairTitle;

	protected DeliveryGroup() {
	}

	public DeliveryGroup(String name, String chairName, String chairTitle) {
		this.name = name;
		this.chairName = chairName;
		this.chairTitle = chairTitle;
	}

	/** Changes the group's name and chair. */
	public void describe(String name, String chairName, String chairTitle) {
		this.name = name;
		this.chairName = chairName;
		this.chairTitle = chairTitle;
	}

	public String getName() {
		return this.name;
	}

	public String getChairName() {
		return this.chairName;
	}

	public String getChairTitle() {
		return this.chairTitle;
	}

}
