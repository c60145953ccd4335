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

	/**
	 * Actors whose name or an alias, folded (lower case, no accents), contains
	 * {@code escaped} ({@code q} with {@code \\ % _} escaped) or has a word sequence
	 * trigram-similar to {@code q} ({@code <%}, threshold set per connection).
	 */
	@Query(value = """
			select id from actor
			where parley_fold(name) like '%' || parley_fold(:escaped) || '%' escape '\\'
			   or parley_fold(:q) <% parley_fold(name)
			union
			select actor_id from actor_alias
			where parley_fold(alias) like '%' || parley_fold(:escaped) || '%' escape '\\'
			   or parley_fold(:q) <% parley_fold(alias)""", nativeQuery = true)
	List<Long> findIdsNamedLike(String q, String escaped);

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
