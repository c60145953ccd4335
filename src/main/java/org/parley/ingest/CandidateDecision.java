package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.parley.statement.StatementKind;

/** What accepting or rejecting a candidate may correct or add. */
final class CandidateDecision {

	private CandidateDecision() {
	}

	/** Corrections on accept; each left out keeps what the candidate proposes. */
	record Accept(
			@Schema(description = "Slug of the actor who said it, instead of the proposed one") @Size(
					max = 120) String speaker,
			@Size(max = 10000) @Schema(description = "The words, if the proposed span is off") String text,
			@PositiveOrZero Integer start, @Positive Integer end, StatementKind kind,
			@Schema(description = "Issue codes, instead of the proposed ones") @Size(
					max = 100) List<@NotBlank @Size(max = 80) String> issues,
			LocalDate statedOn,
			@Schema(description = "Slug of the event where it was said") @Size(max = 120) String summit,
			@Size(max = 500) @Schema(
					description = "How it was said (\"told CNN\"); the cue if left out") String howSaid) {

		static final Accept NOTHING = new Accept(null, null, null, null, null, null, null, null, null);

	}

	/** Why a candidate is rejected, optionally. */
	record Reject(@Size(max = 1000) String reason) {
	}

	/** Any text to try the extractor on; nothing is stored. */
	record Trial(@NotBlank @Size(max = 1_000_000) @Schema(
			description = "Text as an article body would hold it, at most 1,000,000 characters") String text) {
	}

	/** What the extractor finds in a text. */
	record TrialResult(List<TrialQuote> quotes, @Schema(
			description = "Speakers that are not known actors, once each") List<org.parley.ingest.extraction.ProposedActor> actors,
			@Schema(description = "true: some paragraphs could not be read") boolean partial) {
	}

	/** A quote found in a trial: a candidate without id and status. */
	record TrialQuote(String text, int start, int end, StatementKind kind,
			@Schema(nullable = true) org.parley.actor.ActorRef speaker, @Schema(nullable = true) String speakerName,
			@Schema(nullable = true) org.parley.ingest.extraction.ProposedActor newActor,
			@Schema(nullable = true) org.parley.ingest.extraction.Cue cue, double confidence, List<String> issues,
			@Schema(nullable = true) LocalDate statedOn, List<CandidateResponse.Match> matches) {
	}

}
