package org.parley.position;

import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.common.Refs;
import org.parley.issue.IssueRef;

final class PositionMapper {

	private PositionMapper() {
	}

	static PositionResponse toResponse(Position p) {
		return new PositionResponse(p.getId(), ActorRef.of(p.getActor()), IssueRef.of(p.getIssue()), p.getStance(),
				p.getSummary(), p.getValidFrom(), p.isCurrent(), p.getSupersedesId(), p.getSupersededById(),
				Refs.map(p.getEvidence(), PositionMapper::evidence), p.getSourceCount());
	}

	/** A position as a past revision recorded it. */
	static PositionState toState(Position p) {
		return new PositionState(p.getId(), ActorRef.of(p.getActor()), IssueRef.of(p.getIssue()), p.getStance(),
				p.getSummary(), p.getValidFrom(), p.getSupersedesId(),
				Refs.map(p.getEvidence(), PositionMapper::evidence));
	}

	static PositionShift toShift(Position after) {
		Position before = after.getSupersedes();
		return new PositionShift(ActorRef.of(after.getActor()), IssueRef.of(after.getIssue()), after.getValidFrom(),
				new PositionShift.Side(before.getId(), before.getStance(), before.getSummary(), before.getValidFrom()),
				toResponse(after));
	}

	private static PositionResponse.Evidence evidence(PositionEvidence e) {
		if (e.getStatement() != null) {
			var s = e.getStatement();
			return new PositionResponse.Evidence("STATEMENT", s.getId(), s.getText(), ActorRef.of(s.getSpeaker()),
					ArticleRef.of(s.getArticle()));
		}
		return new PositionResponse.Evidence("ARTICLE", null, null, null, ArticleRef.of(e.getArticle()));
	}

}
