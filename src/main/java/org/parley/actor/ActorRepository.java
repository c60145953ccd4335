package org.parley.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActorRepository extends JpaRepository<Actor, Long>, JpaSpecificationExecutor<Actor> {

	@Override
	@EntityGraph(attributePaths = "affiliation")
	Page<Actor> findAll(Specification<Actor> spec, Pageable pageable);

	@EntityGraph(attributePaths = "affiliation")
	Optional<Actor> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Actor> findBySlugIn(Collection<String> slugs);

	long countByAffiliationId(Long actorId);

	@Query(value = "select count(*) from actor_membership where member_id = :actorId", nativeQuery = true)
	long countMemberships(Long actorId);

}
