package org.parley.actor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.common.DiscrepancyRef;

/** One actor, with its group memberships. */
record ActorDetail(String slug, String name, ActorKind kind, @Schema(nullable = true) String title,
		List<String> aliases, @Schema(nullable = true) ActorRef affiliation, @Schema(nullable = true) String notes,
		@Schema(description = "For a GROUP: its members") List<ActorRef> members,
		@Schema(description = "Groups this actor belongs to") List<ActorRef> memberOf,
		@Schema(description = "Facts about this actor on which the sources disagree") List<DiscrepancyRef> discrepancies) {
}
