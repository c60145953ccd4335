package org.parley.position;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One position and the whole history of the actor's stance on the issue. */
record PositionDetail(@Schema(description = "The position asked for") PositionResponse position, @Schema(
		description = "Every position of this actor on this issue, oldest first") List<PositionResponse> history) {
}
