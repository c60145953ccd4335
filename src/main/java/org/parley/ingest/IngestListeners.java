package org.parley.ingest;

import org.parley.actor.ActorDeleting;
import org.parley.article.ArticleBodyChanging;
import org.parley.article.ArticleCreated;
import org.parley.article.ArticleDeleting;
import org.parley.article.Articles;
import org.parley.statement.StatementsDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What happens to candidates when the records they refer to change, in the same
 * transaction: a new article is read at once; its candidates go with it; pending ones
 * whose span a new body no longer prints are dropped; a deleted speaker or statement is
 * forgotten.
 */
@Component
class IngestListeners {

	private final IngestService ingest;

	private final Articles articles;

	private final CandidateRepository candidates;

	IngestListeners(IngestService ingest, Articles articles, CandidateRepository candidates) {
		this.ingest = ingest;
		this.articles = articles;
		this.candidates = candidates;
	}

	@EventListener
	void articleCreated(ArticleCreated event) {
		this.ingest.extract(this.articles.require(event.slug()));
	}

	/**
	 * Candidates are proposals about the article: they go with it (their history stays).
	 */
	@EventListener
	void articleDeleting(ArticleDeleting event) {
		this.candidates.deleteAll(this.candidates.findByArticleIdOrderByStartOffset(event.articleId()));
	}

	@EventListener
	void articleBodyChanging(ArticleBodyChanging event) {
		String body = event.newBody();
		this.candidates.findByArticleIdAndStatus(event.articleId(), CandidateStatus.PENDING)
			.stream()
			.filter((c) -> c.getEndOffset() > body.length()
					|| !body.substring(c.getStartOffset(), c.getEndOffset()).equals(c.getText()))
			.forEach(this.candidates::delete);
	}

	@EventListener
	void actorDeleting(ActorDeleting event) {
		this.candidates.findBySpeakerIdAndStatus(event.actorId(), CandidateStatus.PENDING)
			.forEach(Candidate::forgetSpeaker);
	}

	@EventListener
	void statementsDeleting(StatementsDeleting event) {
		this.candidates.findByStatementIdIn(event.statementIds()).forEach(Candidate::forgetStatement);
	}

}
