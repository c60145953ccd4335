package org.parley.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

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

	/**
	 * The article, locked against changes of its body until this transaction ends (FOR
	 * SHARE).
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Article a where a.slug = :slug")
	Optional<Article> findForShareBySlug(String slug);

	List<Article> findBySlugIn(Collection<String> slugs);

}
