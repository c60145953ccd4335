package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;

/**
 * A position as one revision recorded it: its own fields, without what later positions
 * say about it (whether it is current, what superseded it).
 */
record PositionState(Long id, ActorRef actor, IssueRef issue, Stance stance, String summary,
		@Schema(nullable = true) LocalDate validFrom,
		@Schema(nullable = true, description = "Id of the earlier position this one replaced") Long supersedesId,
		List<PositionResponse.Evidence> evidence) {

}
