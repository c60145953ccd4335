package org.parley.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.issue.Issue;
import org.parley.position.PositionEvidence;
import org.parley.summit.Summit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

	@Override
	@EntityGraph(attributePaths = { "speaker", "summit" })
	Page<Statement> findAll(Specification<Statement> spec, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "speaker", "summit", "article" })
	Optional<Statement> findById(Long id);

	@EntityGraph(attributePaths = { "speaker", "summit" })
	List<Statement> findByArticleIdOrderByStartOffset(Long articleId);

	@EntityGraph(attributePaths = { "speaker", "summit" })
	List<Statement> findBySummitIdOrderByStatedOnAscIdAsc(Long summitId);

	/** Another statement of the same speaker at the same span of the same article. */
	@Query("""
			select s.id from Statement s
			where s.speaker = :speaker and s.article = :article and s.startOffset = :start and s.endOffset = :end
			  and (:self is null or s.id <> :self)""")
	List<Long> findSame(Actor speaker, Article article, int start, int end, Long self);

	// The records a request names. Looked up here rather than through their features'
	// services, which answer with response records, not entities.

	@Query("select a from Actor a where a.slug = :slug")
	Optional<Actor> findActor(String slug);

	@Query("select s from Summit s where s.slug = :slug")
	Optional<Summit> findSummit(String slug);

	@Query("select i from Issue i where i.code in :codes")
	List<Issue> findIssues(Collection<String> codes);

	/**
	 * The article, locked against changes of its body until this transaction ends (FOR
	 * SHARE): a body edited at the same time cannot break the span being checked.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Article a where a.slug = :slug")
	Optional<Article> findArticleForShare(String slug);

	// Positions citing statements as evidence.

	@Query("select e from PositionEvidence e where e.statement.id in :statementIds")
	List<PositionEvidence> findEvidenceCiting(Collection<Long> statementIds);

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
	List<Long> findPositionsOnlyCiting(Collection<Long> statementIds);

}
