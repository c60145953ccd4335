package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;
import org.parley.summit.SummitRef;

/**
 * A statement as it was at one revision of its history: a {@link StatementResponse}
 * without the source count, which is computed, not recorded.
 */
record StatementState(Long id, String text, StatementKind kind, @Schema(nullable = true) LocalDate statedOn,
		@Schema(nullable = true) String howSaid, ActorRef speaker, @Schema(nullable = true) SummitRef summit,
		List<IssueRef> issues,
		@Schema(description = "Where the text stood; the article is null if it was deleted in the same revision") StatementResponse.Source source) {
}
