package org.parley.discrepancy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiscrepancyRepository extends JpaRepository<Discrepancy, Long> {

	Optional<Discrepancy> findBySlug(String slug);

	List<Discrepancy> findBySubjectTypeAndSubjectKeyOrderBySlug(DiscrepancySubject type, String key);

	@Query(value = "select count(*) from discrepancy_source ds where ds.article_id = :articleId", nativeQuery = true)
	long countSourcesQuoting(Long articleId);

	/** Excerpts of readings that a new body of their article would no longer print. */
	@Query(value = """
			select count(*) from discrepancy_source ds
			where ds.article_id = :articleId and strpos(cast(:body as text), ds.excerpt) = 0""", nativeQuery = true)
	long countExcerptsMissingFrom(Long articleId, String body);

}
