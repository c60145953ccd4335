package org.parley.actor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An actor in a list. */
record ActorResponse(String slug, String name, ActorKind kind,
		@Schema(nullable = true, description = "Title or role as the sources give it") String title,
		@Schema(description = "Every spelling of the name the sources use") List<String> aliases,
		@Schema(nullable = true, description = "The state or organisation a person acts for") ActorRef affiliation,
		@Schema(nullable = true, description = "Curator's notes, e.g. where sources disagree") String notes) {
}
