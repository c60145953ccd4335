package org.parley.statement;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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
				new StatementResponse.Source(statement.articleRef(), statement.getStartOffset(),
						statement.getEndOffset()),
				statement.getSourceCount());
	}

	/**
	 * A historical state (from the audit history). The records it names are shown as they
	 * were at that revision; one deleted in the same revision shows as null.
	 */
	static StatementState toState(Statement statement) {
		return new StatementState(statement.getId(), statement.getText(), statement.getKind(), statement.getStatedOn(),
				statement.getHowSaid(), historical(statement::getSpeaker, ActorRef::of),
				historical(statement::getSummit, SummitRef::of),
				historical(() -> List.copyOf(statement.getIssues()), (issues) -> Refs.map(issues, IssueRef::of)),
				new StatementResponse.Source(historical(statement::getArticle, ArticleRef::of),
						statement.getStartOffset(), statement.getEndOffset()));
	}

	/** A historical state as a request that would create it again. */
	static StatementRequest toRestorable(Statement statement) {
		return new StatementRequest(historical(statement::getSpeaker, (a) -> a.getSlug()), statement.getText(),
				statement.getKind(), statement.getStatedOn(), historical(statement::getSummit, (s) -> s.getSlug()),
				statement.getHowSaid(), historical(statement::getArticle, (a) -> a.getSlug()),
				statement.getStartOffset(), statement.getEndOffset(),
				historical(() -> statement.getIssues().stream().map((i) -> i.getCode()).toList(), (codes) -> codes));
	}

	/**
	 * A related record of a historical state, or null where the history cannot resolve it
	 * (it was deleted in that same revision).
	 */
	private static <T, R> R historical(Supplier<T> related, Function<T, R> mapper) {
		try {
			return Refs.orNull(related.get(), mapper);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
