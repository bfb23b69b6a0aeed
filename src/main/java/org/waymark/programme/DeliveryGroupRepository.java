package org.waymark.programme;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DeliveryGroupRepository extends JpaRepository<DeliveryGroup, Long> {

	List<DeliveryGroup> findAllByOrderByNameAscIdAsc();

	Optional<DeliveryGroup> findByNameIgnoreCase(String name);

}
