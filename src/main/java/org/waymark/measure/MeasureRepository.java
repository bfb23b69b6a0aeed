package org.waymark.measure;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

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

	/**
	 * A measure with its programme, the programme's plan (whose term labels the
	 * programme) and comparators, in one statement.
	 */
	@Query("select m from Measure m join fetch m.programme p join fetch p.plan left join fetch m.comparators"
			+ " where m.id = :id")
	Optional<Measure> findForPage(long id);

	/** The measure's values that stand, in no particular order. */
	@Query("select v from MeasureValue v where v.measure.id = :measureId and v.provisional = false")
	List<MeasureValue> findPublishedValues(long measureId);

	/** The highest position among the programme's measures, or -1 when it has none. */
	@Query("select coalesce(max(m.position), -1) from Measure m where m.programme.id = :programmeId")
	int lastPosition(long programmeId);

}
