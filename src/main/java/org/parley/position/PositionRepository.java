package org.parley.position;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.issue.Issue;
import org.parley.statement.Statement;

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
	 * The positions in force on a date, one per actor and issue: a position applies from
	 * its valid-from date (an undated one from the start of the record) until its
	 * successor applies (an undated successor applies at once).
	 */
	@Query("""
			select p from Position p join fetch p.actor join fetch p.issue
			left join Position next on next.supersedes = p
			where (p.validFrom is null or p.validFrom <= :asOf)
			  and (next.id is null or next.validFrom > :asOf)
			order by p.actor.name, p.issue.code""")
	List<Position> findInForceOn(LocalDate asOf);

	/** Positions that replaced an earlier one, with that one, optionally filtered. */
	@Query("""
			select p from Position p join fetch p.supersedes before join fetch p.actor join fetch p.issue
			where (:actor is null or p.actor.slug = :actor) and (:issue is null or p.issue.code = :issue)
			  and (cast(:from as LocalDate) is null or p.validFrom >= :from)
			  and (cast(:to as LocalDate) is null or p.validFrom <= :to)
			order by p.validFrom asc nulls last, p.id""")
	List<Position> findShifts(String actor, String issue, LocalDate from, LocalDate to);

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

	@Query("select a from Actor a where a.slug = :slug")
	Optional<Actor> findActor(String slug);

	@Query("select i from Issue i where i.code = :code")
	Optional<Issue> findIssue(String code);

	@Query("select s from Statement s where s.id in :ids")
	List<Statement> findStatements(Collection<Long> ids);

	@Query("select a from Article a where a.slug in :slugs")
	List<Article> findArticles(Collection<String> slugs);

}
