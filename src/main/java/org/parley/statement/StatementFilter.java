package org.parley.statement;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/statements}; all optional, combined with AND. */
public record StatementFilter(@Parameter(description = "Speaker's actor slug") String actor,
		@Parameter(description = "Issue code the statement touches") String issue,
		@Parameter(description = "Slug of the event where it was said") String summit,
		@Parameter(description = "Slug of the source article") String article,
		@Parameter(description = "Said on or after this date (undated statements are left out)") LocalDate from,
		@Parameter(description = "Said on or before this date (undated statements are left out)") LocalDate to,
		@Parameter(description = "DIRECT_QUOTE or PARAPHRASE") StatementKind kind) {

	static StatementFilter byActor(String actor) {
		return new StatementFilter(actor, null, null, null, null, null, null);
	}

}
