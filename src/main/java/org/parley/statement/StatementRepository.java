package org.parley.statement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.actor.Actor;
import org.parley.article.Article;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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

	// What refers to records of other features, for their deletions (StatementCitations).

	long countByArticleId(Long articleId);

	long countBySummitId(Long summitId);

	long countBySpeakerId(Long actorId);

	List<Statement> findBySummitId(Long summitId);

	@Query(value = "select count(*) from statement_issue si where si.issue_id = :issueId", nativeQuery = true)
	long countTouchingIssue(Long issueId);

	@EntityGraph(attributePaths = "article")
	List<Statement> findBySpeakerIdInAndTextIn(Collection<Long> speakerIds, Collection<String> texts);

	boolean existsByArticleIdAndStartOffsetAndEndOffset(Long articleId, int start, int end);

}
