package org.parley.statement;

import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.common.Refs;
import org.parley.issue.IssueRef;
import org.parley.summit.SummitRef;

final class StatementMapper {

	private StatementMapper() {
	}

	static StatementResponse toResponse(Statement statement) {
		return new StatementResponse(statement.getId(), statement.getText(), statement.getKind(),
				statement.getStatedOn(), statement.getHowSaid(), ActorRef.of(statement.getSpeaker()),
				Refs.orNull(statement.getSummit(), SummitRef::of), Refs.map(statement.getIssues(), IssueRef::of),
				new StatementResponse.Source(ArticleRef.of(statement.getArticle()), statement.getStartOffset(),
						statement.getEndOffset()),
				statement.getSourceCount());
	}

}
