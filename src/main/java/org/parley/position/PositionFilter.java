package org.parley.position;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/positions}; all optional, combined with AND. */
record PositionFilter(@Parameter(description = "Actor slug") @Size(max = 120) String actor,
		@Parameter(description = "Issue code") @Size(max = 80) String issue, @Parameter(
				description = "true: only positions in force now; false: only superseded ones; absent: all") Boolean current) {

	static PositionFilter byActor(String actor) {
		return new PositionFilter(actor, null, null);
	}

	static PositionFilter currentOnIssue(String issue) {
		return new PositionFilter(null, issue, true);
	}

}
