package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.issue.IssueRef;
import org.parley.summit.SummitRef;

/** A statement as the API shows it. */
record StatementResponse(Long id, @Schema(
		description = "Exactly as the article prints it: equals the article body's characters [source.start, source.end).") String text,
		StatementKind kind,
		@Schema(nullable = true,
				description = "When it was said, if the source says; otherwise null.") LocalDate statedOn,
		@Schema(nullable = true, description = "How it was said, as the source puts it (\"told CNN\").") String howSaid,
		ActorRef speaker, @Schema(nullable = true) SummitRef summit, List<IssueRef> issues, Source source,
		@Schema(description = "How many distinct articles print this statement (same speaker, same words)") int sourceCount) {

	/**
	 * Where the text stands in its article: characters {@code [start, end)} of the body,
	 * counted from 0.
	 */
	public record Source(ArticleRef article, int start, int end) {
	}

}
