package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.parley.common.Refs;

/**
 * A statement as clients write it (POST, PUT, and the target of a merge patch). Records
 * are named by slug (actor, summit, article) or code (issues); the server finds the text
 * in the article's body and stores where it stands.
 */
record StatementRequest(
		@NotBlank @Size(max = 120) @Schema(description = "Slug of the actor who said it") String speaker,
		@NotBlank @Size(max = 10000) @Schema(
				description = "Exactly as the article prints it, character for character") String text,
		@NotNull StatementKind kind, @Schema(description = "When it was said, if the source says") LocalDate statedOn,
		@Size(max = 120) @Schema(description = "Slug of the event where it was said, if any") String summit,
		@Size(max = 500) @Schema(description = "How it was said, as the source puts it (\"told CNN\")") String howSaid,
		@NotBlank @Size(max = 120) @Schema(description = "Slug of the article that prints it") String article,
		@PositiveOrZero @Schema(description = """
				Offset of the text in the article's body (UTF-16 code units from 0). Leave out to let \
				the server find the text; needed when the text occurs more than once.""") Integer start,
		@Positive @Schema(description = "End offset, exclusive; start + the text's length if left out") Integer end,
		@Schema(description = "Codes of the issues the statement touches") @Size(
				max = 100) List<@NotBlank @Size(max = 80) String> issues) {

	static StatementRequest of(Statement statement) {
		return new StatementRequest(statement.getSpeaker().getSlug(), statement.getText(), statement.getKind(),
				statement.getStatedOn(), Refs.orNull(statement.getSummit(), (s) -> s.getSlug()), statement.getHowSaid(),
				statement.getArticle().getSlug(), statement.getStartOffset(), statement.getEndOffset(),
				statement.getIssues().stream().map((i) -> i.getCode()).toList());
	}

	/** The same request without offsets, so the server locates the text again. */
	StatementRequest withoutOffsets() {
		return new StatementRequest(this.speaker, this.text, this.kind, this.statedOn, this.summit, this.howSaid,
				this.article, null, null, this.issues);
	}

}
