package org.parley.summit;

import org.parley.actor.ActorDeleting;
import org.parley.article.ArticleDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What deleting an actor or an article does to the events referring to it, in the
 * deleting transaction.
 */
@Component
class SummitCitations {

	private final SummitRepository summits;

	SummitCitations(SummitRepository summits) {
		this.summits = summits;
	}

	@EventListener
	@Order(3)
	void actorDeleting(ActorDeleting event) {
		event.references().add("summit participations", this.summits.countParticipations(event.actorId()));
	}

	/**
	 * Counts the events citing the article as a source; with cascade they stop citing it.
	 */
	@EventListener
	@Order(3)
	void articleDeleting(ArticleDeleting event) {
		if (!event.cascade()) {
			event.references().add("summit sources", this.summits.findCitingArticle(event.articleId()).size());
			return;
		}
		this.summits.findCitingArticle(event.articleId()).forEach((s) -> s.removeSource(event.articleId()));
	}

}
