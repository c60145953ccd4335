package org.parley.position;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long>, JpaSpecificationExecutor<Position> {

	@Override
	@EntityGraph(attributePaths = { "actor", "issue" })
	Page<Position> findAll(Specification<Position> spec, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "actor", "issue" })
	List<Position> findAll(Specification<Position> spec, org.springframework.data.domain.Sort sort);

	@Override
	@EntityGraph(attributePaths = { "actor", "issue" })
	Optional<Position> findById(Long id);

	/**
	 * Every position of one actor on one issue: the history of a stance, oldest first.
	 */
	@Query("""
			select p from Position p
			where p.actor.id = :actorId and p.issue.id = :issueId
			order by p.validFrom asc nulls first, p.id asc""")
	List<Position> findHistory(Long actorId, Long issueId);

}
