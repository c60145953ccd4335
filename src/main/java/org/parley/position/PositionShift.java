package org.parley.position;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;

/** A change of stance: the position before, the one after, and when. */
record PositionShift(ActorRef actor, IssueRef issue,
		@Schema(nullable = true,
				description = "When the new stance took effect; null if the sources give no date") LocalDate date,
		@Schema(nullable = true) Side before,
		@Schema(description = "The new position, with its evidence") PositionResponse after) {

	/** The superseded position. */
	public record Side(Long positionId, Stance stance, String summary, @Schema(nullable = true) LocalDate validFrom) {
	}

}
