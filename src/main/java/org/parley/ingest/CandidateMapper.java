package org.parley.ingest;

import java.util.List;

import org.parley.actor.ActorRef;

/** Candidates as the API shows them. */
final class CandidateMapper {

	private CandidateMapper() {
	}

	static CandidateResponse toResponse(Candidate c, String articleSlug, List<CandidateResponse.Match> matches) {
		return new CandidateResponse(c.getId(), c.getText(), c.getStartOffset(), c.getEndOffset(), c.getKind(),
				(c.getSpeaker() != null) ? ActorRef.of(c.getSpeaker()) : null, c.getSpeakerName(),
				(c.getSpeaker() == null) ? c.getNewActor() : null, c.getCue(), c.getConfidence(), c.getIssues(),
				c.getStatedOn(), c.getStatus(), matches,
				(c.getStatementId() != null) ? "/api/v1/statements/" + c.getStatementId() : null, c.getReason(),
				"/api/v1/candidates/" + c.getId());
	}

	/** A past state: what was proposed and what was decided. */
	static CandidateState toState(Candidate c) {
		return new CandidateState(c.getId(), c.getText(), c.getStartOffset(), c.getEndOffset(), c.getKind(),
				c.getSpeakerName(), c.getNewActor(), c.getConfidence(), c.getIssues(), c.getStatedOn(), c.getStatus(),
				(c.getStatementId() != null) ? "/api/v1/statements/" + c.getStatementId() : null, c.getReason());
	}

	static IngestService.Words words(Candidate c) {
		return new IngestService.Words((c.getSpeaker() != null) ? c.getSpeaker().getId() : null, c.getText(),
				c.getStatementId());
	}

}
