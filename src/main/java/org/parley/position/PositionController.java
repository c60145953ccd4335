package org.parley.position;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Positions", description = "Where each actor stands on each issue, with history and evidence")
class PositionController {

	private final PositionService positions;

	PositionController(PositionService positions) {
		this.positions = positions;
	}

	@GetMapping("/positions")
	@Operation(summary = "List positions",
			description = "Sortable by issue, actor, validFrom, stance, id (default: issue, actor, validFrom).")
	PagedModel<PositionResponse> list(@ParameterObject PositionFilter filter, Paging paging) {
		return this.positions.list(filter, paging);
	}

	@GetMapping("/positions/{id}")
	@Operation(summary = "One position and the full history of that actor's stance on that issue")
	PositionDetail get(@PathVariable long id) {
		return this.positions.get(id);
	}

	@GetMapping("/actors/{slug}/positions")
	@Operation(summary = "Positions of one actor",
			description = "Sortable by issue, actor, validFrom, stance, id (default: issue, actor, validFrom).")
	PagedModel<PositionResponse> byActor(@PathVariable String slug, @Parameter(
			description = "true: only positions in force now; false: only superseded ones; absent: all") @RequestParam(
					required = false) Boolean current,
			Paging paging) {
		return this.positions.byActor(slug, current, paging);
	}

}
