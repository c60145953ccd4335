package org.parley.actor;

import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Parameter;

/** The filters of {@code GET /api/v1/actors}. */
record ActorFilter(@Parameter(description = "PERSON, STATE, ORGANIZATION or GROUP") ActorKind kind, @Parameter(
		description = "Part of the name or of any alias; case and accents are ignored") @Size(max = 300) String q) {
}
