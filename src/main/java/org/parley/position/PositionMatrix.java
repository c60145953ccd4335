package org.parley.position;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.common.ListPage;
import org.parley.issue.IssueRef;

/** Actors × issues: the stance each actor held on each issue on one date. */
record PositionMatrix(LocalDate asOf, @Schema(
		description = "This page of the actors with at least one stance in force, by name") List<ActorRef> actors,
		@Schema(description = "Issues with at least one stance in force, by code") List<IssueRef> issues,
		@Schema(description = "One cell per actor and issue with a stance in force; absent cells: no stance recorded") List<PositionResponse> cells,
		@Schema(description = "Which page of actors this is; page.next continues with the next actors") ListPage.Metadata page) {
}
