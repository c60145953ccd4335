package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.ingest.extraction.Cue;
import org.parley.ingest.extraction.ProposedActor;
import org.parley.statement.StatementKind;

/** A proposed quote, as the review of an article lists it. */
record CandidateResponse(Long id, @Schema(description = "The words, exactly as printed") String text,
		@Schema(description = "body.substring(start, end) equals text") int start, int end, StatementKind kind,
		@Schema(nullable = true, description = "The known actor proposed as speaker, or null") ActorRef speaker,
		@Schema(nullable = true,
				description = "The speaker as the article names them, in full where it gives the full name") String speakerName,
		@Schema(nullable = true,
				description = "The speaker to create on accept, when no known actor fits; or null") ProposedActor newActor,
		@Schema(nullable = true, description = "The attribution words and where they stand, or null") Cue cue,
		@Schema(description = "How sure the extractor is, 0 to 1") double confidence,
		@Schema(description = "Proposed issue codes") List<String> issues,
		@Schema(nullable = true,
				description = "When it was said, only where the text fixes the date; never guessed") LocalDate statedOn,
		CandidateStatus status,
		@Schema(description = "Statements recording the same words of the same speaker: accepting this one adds "
				+ "a source to them (their sourceCount rises)") List<Match> matches,
		@Schema(nullable = true, description = "The statement it became, once accepted") String statement,
		@Schema(nullable = true, description = "Why it was rejected, if the editor said") String reason, String href) {

	/** A statement with the same words of the same speaker. */
	record Match(long id, String article, String href) {
	}

}
