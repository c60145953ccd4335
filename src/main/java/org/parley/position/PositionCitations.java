package org.parley.position;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.parley.actor.ActorDeleting;
import org.parley.article.ArticleDeleting;
import org.parley.common.Conflict;
import org.parley.issue.IssueDeleting;
import org.parley.statement.StatementsDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What deleting an actor, issue, article or statement does to the positions citing it, in
 * the deleting transaction. Positions are never deleted implicitly: a deletion that would
 * leave one without evidence is refused.
 */
@Component
class PositionCitations {

	private final PositionRepository positions;

	private final EntityManager entityManager;

	PositionCitations(PositionRepository positions, EntityManager entityManager) {
		this.positions = positions;
		this.entityManager = entityManager;
	}

	@EventListener
	@Order(2)
	void actorDeleting(ActorDeleting event) {
		event.references().add("positions", this.positions.countByActorId(event.actorId()));
	}

	@EventListener
	@Order(2)
	void issueDeleting(IssueDeleting event) {
		event.references().add("positions", this.positions.countByIssueId(event.issueId()));
	}

	/**
	 * Counts the evidence citing the article or its statements; with cascade removes it,
	 * unless a position would be left without evidence. Before the statements go.
	 */
	@EventListener
	@Order(1)
	void articleDeleting(ArticleDeleting event) {
		if (!event.cascade()) {
			event.references()
				.add("position evidence links", this.positions.countEvidenceCitingArticle(event.articleId()));
			return;
		}
		List<Long> bare = this.positions.findPositionsOnlyCitingArticle(event.articleId());
		if (!bare.isEmpty()) {
			throw new Conflict(
					"Deleting article '" + event.slug() + "' would leave " + describe(bare)
							+ " without any evidence; give them other evidence or delete them first",
					path(bare.get(0)));
		}
		this.positions.findEvidenceCitingArticle(event.articleId()).forEach(this.entityManager::remove);
	}

	/**
	 * Statements cited as evidence: a 409 naming the positions, or with cascade the
	 * evidence links go, unless a position would be left without evidence.
	 */
	@EventListener
	void statementsDeleting(StatementsDeleting event) {
		List<PositionEvidence> evidence = this.positions.findEvidenceCitingStatements(event.statementIds());
		if (evidence.isEmpty()) {
			return;
		}
		if (!event.cascade()) {
			List<Long> ids = evidence.stream().map((e) -> e.getPosition().getId()).distinct().sorted().toList();
			List<Long> cited = event.statementIds();
			String statements = (cited.size() == 1) ? "Statement " + cited.get(0) + " is"
					: "Statements " + cited + " are";
			throw new Conflict(
					statements + " evidence for " + describe(ids)
							+ "; delete with cascade=true to remove those evidence links too",
					"/api/v1/statements/" + cited.get(0));
		}
		List<Long> bare = this.positions.findPositionsOnlyCitingStatements(event.statementIds());
		if (!bare.isEmpty()) {
			throw new Conflict(
					"Removing the evidence would leave " + describe(bare)
							+ " without any evidence; give them other evidence or delete them first",
					path(bare.get(0)));
		}
		evidence.forEach(this.entityManager::remove);
	}

	private static String describe(List<Long> ids) {
		return ((ids.size() == 1) ? "position " : "positions ")
				+ String.join(", ", ids.stream().map(PositionCitations::path).toList());
	}

	private static String path(Long id) {
		return "/api/v1/positions/" + id;
	}

}
