package org.parley.statement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.parley.common.InvalidParameter;

/** The filters of {@code GET /api/v1/statements}; all optional, combined with AND. */
record StatementFilter(@Parameter(description = "Speaker's actor slug") @Size(max = 120) String actor,
		@Parameter(description = "Issue code the statement touches") @Size(max = 80) String issue,
		@Parameter(description = "Slug of the event where it was said") @Size(max = 120) String summit,
		@Parameter(description = "Slug of the source article") @Size(max = 120) String article,
		@Parameter(description = "Said on or after this date (undated statements are left out)") LocalDate from,
		@Parameter(description = "Said on or before this date (undated statements are left out)") LocalDate to,
		@Parameter(description = "DIRECT_QUOTE or PARAPHRASE") StatementKind kind) {

	/** A 400 problem naming {@code from} if it is after {@code to}. */
	void requireDatesInOrder() {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
	}

	static StatementFilter byActor(String actor) {
		return new StatementFilter(actor, null, null, null, null, null, null);
	}

}
