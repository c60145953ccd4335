package org.parley.article;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.parley.position.PositionEvidence;
import org.parley.summit.Summit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	/** Lists without loading bodies. */
	@Query(value = """
			select new org.parley.article.ArticleSummary(a.slug, a.title, a.outlet, a.url, a.publishedOn,
			    a.language, a.sourceFile, a.sha256, a.notes, length(a.body))
			from Article a""", countQuery = "select count(a) from Article a")
	Page<ArticleSummary> findSummaries(Pageable pageable);

	Optional<Article> findBySlug(String slug);

	/**
	 * The article, locked until this transaction ends (FOR UPDATE): statements being
	 * written against it wait, so its body cannot change under their span check.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Article a where a.slug = :slug")
	Optional<Article> findLockedBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select a.slug from Article a where a.sha256 = :sha256")
	Optional<String> findSlugBySha256(String sha256);

	/** What cites an article; see {@link Citations}. */
	@Query(value = """
			select (select count(*) from statement s where s.article_id = :id) as "statements",
			       (select count(*) from position_evidence e left join statement s on s.id = e.statement_id
			        where e.article_id = :id or s.article_id = :id) as "evidence",
			       (select count(*) from summit_source ss where ss.article_id = :id) as "summitSources",
			       (select count(*) from discrepancy_source ds where ds.article_id = :id) as "discrepancySources"
			""", nativeQuery = true)
	Citations countCitations(Long id);

	/**
	 * Positions whose every piece of evidence is the article or a statement sourced from
	 * it: removing the article's citations would leave them without evidence.
	 */
	@Query(value = """
			select p.id from position p
			where exists (select 1 from position_evidence e where e.position_id = p.id)
			  and not exists (select 1 from position_evidence e left join statement s on s.id = e.statement_id
			                  where e.position_id = p.id and coalesce(e.article_id, s.article_id) <> :id)
			order by p.id""", nativeQuery = true)
	List<Long> findPositionsOnlyCiting(Long id);

	/** Excerpts of discrepancy readings that a new body would no longer print. */
	@Query(value = """
			select count(*) from discrepancy_source ds
			where ds.article_id = :id and strpos(cast(:body as text), ds.excerpt) = 0""", nativeQuery = true)
	long countExcerptsMissingFrom(Long id, String body);

	@Query("select e from PositionEvidence e where e.article.id = :id")
	List<PositionEvidence> findEvidenceCiting(Long id);

	@Query("select s from Summit s join s.sources a where a.id = :id")
	List<Summit> findSummitsCiting(Long id);

	/** How many records of each kind cite an article. */
	interface Citations {

		long getStatements();

		long getEvidence();

		long getSummitSources();

		long getDiscrepancySources();

		default long total() {
			return getStatements() + getEvidence() + getSummitSources() + getDiscrepancySources();
		}

	}

}
