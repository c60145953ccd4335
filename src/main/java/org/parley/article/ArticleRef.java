package org.parley.article;

/** How other resources name an article. */
public record ArticleRef(String slug, String title) {

	public static ArticleRef of(Article article) {
		return new ArticleRef(article.getSlug(), article.getTitle());
	}

}
