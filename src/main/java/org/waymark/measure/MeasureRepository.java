package org.waymark.measure;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface MeasureRepository extends JpaRepository<Measure, Long> {

	@Query("select distinct m from Measure m left join fetch m.comparators where m.programme.id = :programmeId"
			+ " order by m.position")
	List<Measure> findWithComparators(long programmeId);

	/**
	 * The programme's values that stand: not those only in reports still being written.
	 */
	@Query("select v from MeasureValue v join fetch v.measure where v.measure.programme.id = :programmeId"
			+ " and v.provisional = false")
	List<MeasureValue> findValuesOfProgramme(long programmeId);

}
