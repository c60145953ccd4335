package org.parley.discrepancy;

import org.parley.article.ArticleBodyChanging;
import org.parley.article.ArticleDeleting;
import org.parley.common.Conflict;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What changing or deleting an article means for the readings quoting it. */
@Component
class DiscrepancyCitations {

	private final DiscrepancyRepository discrepancies;

	DiscrepancyCitations(DiscrepancyRepository discrepancies) {
		this.discrepancies = discrepancies;
	}

	/**
	 * Readings quote articles verbatim, and cascade never removes them: while one quotes
	 * the article, deleting it is a 409 problem.
	 */
	@EventListener
	@Order(0)
	void articleDeleting(ArticleDeleting event) {
		long quoting = this.discrepancies.countSourcesQuoting(event.articleId());
		if (!event.cascade()) {
			event.references().add("discrepancy readings", quoting);
		}
		else if (quoting > 0) {
			throw new Conflict(
					"Article '" + event.slug() + "' is quoted by " + quoting
							+ " discrepancy readings, which cascade does not remove",
					"/api/v1/articles/" + event.slug());
		}
	}

	/** A new body must still print every excerpt a reading quotes from the article. */
	@EventListener
	void articleBodyChanging(ArticleBodyChanging event) {
		long missing = this.discrepancies.countExcerptsMissingFrom(event.articleId(), event.newBody());
		if (missing > 0) {
			event.refuse(missing + " discrepancy reading excerpts quoted from this article are not in the new body");
		}
	}

}
