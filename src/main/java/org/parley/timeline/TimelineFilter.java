package org.parley.timeline;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/timeline}; all optional, combined with AND. */
record TimelineFilter(@Parameter(
		description = "Entries dated on or after this date (inclusive); undated entries are left out") LocalDate from,
		@Parameter(
				description = "Entries dated on or before this date (inclusive); undated entries are left out") LocalDate to,
		@Parameter(
				description = "Actor slug: events the actor took part in, statements the actor made, the actor's positions") @Size(
						max = 120) String actor,
		@Parameter(
				description = "Issue code: statements touching the issue, positions on it, and events at which a statement on it was made") @Size(
						max = 80) String issue) {
}
