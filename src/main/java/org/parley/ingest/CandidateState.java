package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

import org.parley.ingest.extraction.ProposedActor;
import org.parley.statement.StatementKind;

/** A candidate as it was at one revision. */
record CandidateState(Long id, String text, int start, int end, StatementKind kind, String speakerName,
		ProposedActor newActor, double confidence, List<String> issues, LocalDate statedOn, CandidateStatus status,
		String statement, String reason) {
}
