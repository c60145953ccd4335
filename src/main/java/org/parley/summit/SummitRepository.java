package org.parley.summit;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SummitRepository extends JpaRepository<Summit, Long>, JpaSpecificationExecutor<Summit> {

	Optional<Summit> findBySlug(String slug);

}
