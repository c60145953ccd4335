package org.parley.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the articles: look them up to cite them. */
@Component
@Transactional(readOnly = true)
public class Articles {

	private final ArticleRepository articles;

	Articles(ArticleRepository articles) {
		this.articles = articles;
	}

	/** The article with this slug; a 404 problem if there is none. */
	public Article require(String slug) {
		return this.articles.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
	}

	/**
	 * The article, locked against changes of its body until the calling transaction ends
	 * (FOR SHARE): a body edited at the same time cannot break a span being checked.
	 */
	@Transactional
	public Optional<Article> findForShare(String slug) {
		return this.articles.findForShareBySlug(slug);
	}

	/** The articles with these slugs (those that exist). */
	public List<Article> findAll(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.articles.findBySlugIn(slugs);
	}

}
