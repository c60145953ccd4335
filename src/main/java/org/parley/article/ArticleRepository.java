package org.parley.article;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	/** Lists without loading bodies. */
	@Query(value = """
			select new org.parley.article.ArticleSummary(a.slug, a.title, a.outlet, a.url, a.publishedOn,
			    a.language, a.sourceFile, a.sha256, a.notes, length(a.body))
			from Article a""", countQuery = "select count(a) from Article a")
	Page<ArticleSummary> findSummaries(Pageable pageable);

	Optional<Article> findBySlug(String slug);

}
