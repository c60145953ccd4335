package org.parley.summit;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;
import org.parley.common.InvalidParameter;

/** The filters of {@code GET /api/v1/summits}; all optional, combined with AND. */
record SummitFilter(@Parameter(
		description = "Events ending (or, without an end date, starting) on or after this date; undated events are left out") LocalDate from,
		@Parameter(description = "Events starting on or before this date; undated events are left out") LocalDate to,
		@Parameter(description = "Slug of an actor taking part in any role") @Size(max = 120) String actor,
		@Parameter(description = "HELD, PLANNED, PROPOSED or CANCELLED") SummitStatus status, @Parameter(
				description = "SUMMIT, BILATERAL_MEETING, MULTILATERAL_MEETING, PHONE_CALL, PRESS_CONFERENCE or JOINT_STATEMENT") SummitKind kind) {

	/** A 400 problem naming {@code from} if it is after {@code to}. */
	void requireDatesInOrder() {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
	}

}
