package org.waymark.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Identity shared by every entity: a database-generated id, and equality by that id once
 * it exists (so entities behave in sets before and after they are saved).
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	public Long getId() {
		return this.id;
	}

	public boolean isNew() {
		return this.id == null;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
			return false;
		}
		return this.id != null && this.id.equals(((BaseEntity) other).id);
	}

	@Override
	public int hashCode() {
		// Constant per class: the id changes on save, and a changing hash would lose the
		// entity in a set.
		return org.hibernate.Hibernate.getClass(this).hashCode();
	}

}
