package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.issue.IssueRef;

/** Where an actor stands on an issue, with its evidence. */
record PositionResponse(Long id, ActorRef actor, IssueRef issue,
		@Schema(description = "The answer to the issue's question") Stance stance, String summary,
		@Schema(nullable = true,
				description = "Date from which the stance holds, where a source ties it to one") LocalDate validFrom,
		@Schema(description = "True unless a later position superseded this one") boolean current,
		@Schema(nullable = true, description = "Id of the earlier position this one replaced") Long supersedesId,
		@Schema(nullable = true, description = "Id of the later position that replaced this one") Long supersededById,
		List<Evidence> evidence,
		@Schema(description = "How many distinct articles the evidence comes from") int sourceCount) {

	/** A statement or a whole article that supports the position. */
	public record Evidence(@Schema(allowableValues = {
			"STATEMENT", "ARTICLE" }) String type,
			@Schema(nullable = true, description = "For STATEMENT evidence") Long statementId,
			@Schema(nullable = true, description = "For STATEMENT evidence: its text") String text,
			@Schema(nullable = true, description = "For STATEMENT evidence: who said it") ActorRef speaker,
			@Schema(description = "The article: the statement's source, or the evidence itself") ArticleRef article){
	}

}
