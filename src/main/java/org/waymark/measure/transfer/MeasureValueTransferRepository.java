package org.waymark.measure.transfer;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureValue;
import org.waymark.programme.ImprovementProgramme;

import java.util.List;
import java.util.Optional;

/**
 * A programme's measures and all their values, in three queries whatever their number.
 */
interface MeasureValueTransferRepository extends Repository<Measure, Long> {

	/**
	 * The programme with its plan, whose term labels the programme on the import pages.
	 */
	@Query("select p from ImprovementProgramme p join fetch p.plan where p.id = :id")
	Optional<ImprovementProgramme> findProgramme(long id);

	@Query("select m from Measure m where m.programme.id = :programmeId order by m.position, m.id")
	List<Measure> measuresOf(long programmeId);

	/** Every value, provisional ones too (an import must not write over a draft's). */
	@Query("select v from MeasureValue v where v.measure.programme.id = :programmeId"
			+ " order by v.measure.position, v.measure.id, v.periodEnd, v.id")
	List<MeasureValue> valuesOf(long programmeId);

}
