package org.parley.statement;

import java.util.List;

import org.parley.actor.ActorDeleting;
import org.parley.article.ArticleBodyChanging;
import org.parley.article.ArticleDeleting;
import org.parley.issue.IssueDeleting;
import org.parley.summit.SummitDeleting;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What changing or deleting the records statements refer to does to the statements, in
 * the same transaction. Every change to a statement goes through its entity, so its
 * history records it.
 */
@Component
class StatementCitations {

	/** How many broken statements a 422 names at most. */
	private static final int LISTED = 20;

	private final StatementRepository statements;

	private final ApplicationEventPublisher events;

	StatementCitations(StatementRepository statements, ApplicationEventPublisher events) {
		this.statements = statements;
		this.events = events;
	}

	@EventListener
	@Order(1)
	void actorDeleting(ActorDeleting event) {
		event.references().add("statements", this.statements.countBySpeakerId(event.actorId()));
	}

	@EventListener
	@Order(1)
	void issueDeleting(IssueDeleting event) {
		event.references().add("statements", this.statements.countTouchingIssue(event.issueId()));
	}

	/**
	 * Counts the statements sourced from the article; with cascade deletes them, after
	 * the position evidence citing them is gone.
	 */
	@EventListener
	@Order(2)
	void articleDeleting(ArticleDeleting event) {
		if (!event.cascade()) {
			event.references().add("statements", this.statements.countByArticleId(event.articleId()));
			return;
		}
		List<Statement> inArticle = this.statements.findByArticleIdOrderByStartOffset(event.articleId());
		if (inArticle.isEmpty()) {
			return;
		}
		this.events.publishEvent(new StatementsDeleting(inArticle.stream().map(Statement::getId).toList(), true));
		this.statements.deleteAll(inArticle);
	}

	/**
	 * Counts the statements made at the event; with cascade they stay, unlinked from it.
	 */
	@EventListener
	void summitDeleting(SummitDeleting event) {
		if (!event.cascade()) {
			event.references().add("statements", this.statements.countBySummitId(event.summitId()));
			return;
		}
		this.statements.findBySummitId(event.summitId()).forEach(Statement::leaveSummit);
	}

	/**
	 * A new body must still print every statement sourced from the article at its span.
	 */
	@EventListener
	void articleBodyChanging(ArticleBodyChanging event) {
		String body = event.newBody();
		List<Long> broken = this.statements.findByArticleIdOrderByStartOffset(event.articleId())
			.stream()
			.filter((s) -> !reproduces(body, s))
			.map(Statement::getId)
			.toList();
		if (!broken.isEmpty()) {
			event.refuse(broken.size() + ((broken.size() == 1) ? " statement cites" : " statements cite")
					+ " this article at offsets the new body no longer reproduces: "
					+ String.join(", ", broken.stream().limit(LISTED).map((id) -> "/api/v1/statements/" + id).toList())
					+ ((broken.size() > LISTED) ? ", ..." : "")
					+ "; change or delete them first, or keep their text at the same offsets");
		}
	}

	private static boolean reproduces(String body, Statement statement) {
		int start = statement.getStartOffset();
		int end = statement.getEndOffset();
		return end <= body.length() && body.substring(start, end).equals(statement.getText());
	}

}
