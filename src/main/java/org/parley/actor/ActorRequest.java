package org.parley.actor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An actor as clients write it (POST, PUT, and the target of a merge patch). */
record ActorRequest(@Schema(
		description = "Identifier, fixed once created; in a PUT it may be left out or must equal the path's") @Size(
				max = 120) @Pattern(regexp = "[a-z0-9-]+",
						message = "must be lower-case letters, digits and hyphens") String slug,
		@NotBlank @Size(max = 300) String name, @NotNull ActorKind kind,
		@Size(max = 500) @Schema(description = "Title or role as the sources give it") String title,
		@Schema(description = "Slug of the state or organisation a person acts for") @Size(
				max = 120) String affiliation,
		@Schema(description = "Every spelling the sources use") @Size(
				max = 100) List<@NotBlank @Size(max = 300) String> aliases,
		@Schema(description = "For a GROUP: slugs of its members") @Size(
				max = 500) List<@NotBlank @Size(max = 120) String> members,
		@Size(max = 10000) String notes) {

	static ActorRequest of(Actor actor) {
		return new ActorRequest(actor.getSlug(), actor.getName(), actor.getKind(), actor.getTitle(),
				(actor.getAffiliation() != null) ? actor.getAffiliation().getSlug() : null,
				List.copyOf(actor.getAliases()), actor.getMembers().stream().map(Actor::getSlug).toList(),
				actor.getNotes());
	}

}
