package org.parley.article;

/**
 * An article was stored (created or restored), inside the storing transaction: features
 * that read new articles (extraction) listen. A listener's failure must not lose the
 * article: it logs and notes it rather than throw.
 */
public record ArticleCreated(Long articleId, String slug) {
}
