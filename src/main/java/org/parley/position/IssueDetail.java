package org.parley.position;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One issue and where every actor currently stands on it. */
record IssueDetail(String code, String name, String question, @Schema(nullable = true) String description,
		@Schema(description = "Words besides the name that suggest the issue in a quote") List<String> terms,
		@Schema(description = "Positions in force, one per actor that has stated one") List<PositionResponse> currentPositions) {
}
