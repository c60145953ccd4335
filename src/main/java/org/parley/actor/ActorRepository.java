package org.parley.actor;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActorRepository extends JpaRepository<Actor, Long>, JpaSpecificationExecutor<Actor> {

	@Override
	@EntityGraph(attributePaths = "affiliation")
	Page<Actor> findAll(Specification<Actor> spec, Pageable pageable);

	@EntityGraph(attributePaths = "affiliation")
	Optional<Actor> findBySlug(String slug);

	boolean existsBySlug(String slug);

}
