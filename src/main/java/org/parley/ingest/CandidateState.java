package org.parley.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

import org.parley.ingest.extraction.ProposedActor;
import org.parley.statement.StatementKind;

/** A candidate as it was at one revision. */
record CandidateState(Long id, String text, int start, int end, StatementKind kind,
		@Schema(nullable = true) String speakerName, @Schema(nullable = true) ProposedActor newActor, double confidence,
		List<String> issues, @Schema(nullable = true) LocalDate statedOn, CandidateStatus status,
		@Schema(nullable = true) String statement, @Schema(nullable = true) String reason) {
}
