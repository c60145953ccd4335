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

	/** What still refers to an actor, by kind of reference. */
	@Query(value = """
			select 'statements' as what, count(*) as n from statement where speaker_id = :id
			union all select 'positions', count(*) from position where actor_id = :id
			union all select 'summit participations', count(*) from summit_participant where actor_id = :id
			union all select 'affiliated actors', count(*) from actor where affiliation_id = :id
			union all select 'group memberships', count(*) from actor_membership where member_id = :id""",
			nativeQuery = true)
	List<Object[]> countUses(Long id);

}
