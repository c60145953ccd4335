package org.parley.position;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.actor.Actor;
import org.parley.issue.Issue;

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
	 * The positions of these actors (optionally on one issue) in force on a date, one per
	 * actor and issue: a position applies from its valid-from date (an undated one from
	 * the start of the record) until its successor applies (an undated successor applies
	 * at once). The same rule as the matrix's actor filter in {@code PositionService}.
	 */
	@Query("""
			select p from Position p join fetch p.actor join fetch p.issue
			left join Position next on next.supersedes = p
			where p.actor in :actors and (:issue is null or p.issue.code = :issue)
			  and (p.validFrom is null or p.validFrom <= :asOf)
			  and (next.id is null or next.validFrom > :asOf)
			order by p.actor.name, p.actor.id, p.issue.code""")
	List<Position> findInForceOn(LocalDate asOf, Collection<Actor> actors, String issue);

	/**
	 * Every position of one actor on one issue: the history of a stance, oldest first.
	 */
	@Query("""
			select p from Position p
			where p.actor.id = :actorId and p.issue.id = :issueId
			order by p.validFrom asc nulls first, p.id asc""")
	List<Position> findHistory(Long actorId, Long issueId);

	/**
	 * The position of an actor on an issue in force now: the one of the chain that no
	 * other supersedes.
	 */
	@Query("""
			select p from Position p
			where p.actor = :actor and p.issue = :issue
			  and not exists (select 1 from Position n where n.supersedes = p)""")
	Optional<Position> findCurrent(Actor actor, Issue issue);

	/** The position that superseded this one, if any. */
	@Query("select n from Position n where n.supersedes = :position")
	Optional<Position> findSuccessor(Position position);

	// What cites records of other features, for their deletions (PositionCitations).

	/**
	 * Evidence links citing an article, directly or through a statement sourced from it.
	 */
	@Query(value = """
			select count(*) from position_evidence e left join statement s on s.id = e.statement_id
			where e.article_id = :articleId or s.article_id = :articleId""", nativeQuery = true)
	long countEvidenceCitingArticle(Long articleId);

	/**
	 * The evidence links citing an article, directly or through a statement sourced from
	 * it.
	 */
	@Query("""
			select e from PositionEvidence e left join e.statement s
			where e.article.id = :articleId or s.article.id = :articleId""")
	List<PositionEvidence> findEvidenceCitingArticle(Long articleId);

	/**
	 * Positions whose every piece of evidence is the article or a statement sourced from
	 * it: removing the article's citations would leave them without evidence.
	 */
	@Query(value = """
			select p.id from position p
			where exists (select 1 from position_evidence e where e.position_id = p.id)
			  and not exists (select 1 from position_evidence e left join statement s on s.id = e.statement_id
			                  where e.position_id = p.id and coalesce(e.article_id, s.article_id) <> :articleId)
			order by p.id""", nativeQuery = true)
	List<Long> findPositionsOnlyCitingArticle(Long articleId);

	@Query("select e from PositionEvidence e where e.statement.id in :statementIds")
	List<PositionEvidence> findEvidenceCitingStatements(Collection<Long> statementIds);

	/**
	 * Positions whose every piece of evidence cites one of these statements: removing the
	 * links would leave them without evidence.
	 */
	@Query(value = """
			select distinct e.position_id from position_evidence e
			where e.statement_id in (:statementIds)
			  and not exists (select 1 from position_evidence o where o.position_id = e.position_id
			                  and (o.statement_id is null or o.statement_id not in (:statementIds)))
			order by e.position_id""", nativeQuery = true)
	List<Long> findPositionsOnlyCitingStatements(Collection<Long> statementIds);

	long countByActorId(Long actorId);

	long countByIssueId(Long issueId);

}
