package org.parley.position;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/positions/shifts}. */
record ShiftFilter(@Parameter(
		description = "Changes taking effect on or after this date (undated changes are left out)") LocalDate from,
		@Parameter(
				description = "Changes taking effect on or before this date (undated changes are left out)") LocalDate to,
		@Parameter(description = "Actor slug") @Size(max = 120) String actor,
		@Parameter(description = "Issue code") @Size(max = 80) String issue) {
}
