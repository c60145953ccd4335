package org.parley.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

	private final Clock clock;

	PositionController(PositionService positions, Clock clock) {
		this.positions = positions;
		this.clock = clock;
	}

	@GetMapping("/positions")
	@Operation(summary = "List positions",
			description = "Sortable by issue, actor, validFrom, stance, id (default: issue, actor, validFrom).")
	PagedModel<PositionResponse> list(@ParameterObject PositionFilter filter, Paging paging) {
		return this.positions.list(filter, paging);
	}

	@GetMapping("/positions/matrix")
	@Operation(summary = "Where everyone stands on a date",
			description = "Actors × issues with the stance in force on `asOf` (default: today) and its evidence. "
					+ "A position applies from its validFrom date (an undated one from the start of the record) "
					+ "until the position that supersedes it applies.")
	PositionMatrix matrix(@Parameter(description = "The date (yyyy-MM-dd); default today") @RequestParam(
			required = false) LocalDate asOf) {
		return this.positions.matrix((asOf != null) ? asOf : LocalDate.now(this.clock));
	}

	@GetMapping("/positions/shifts")
	@Operation(summary = "Changes of stance",
			description = "Every position that superseded an earlier one: before, after, date and evidence, oldest first.")
	List<PositionShift> shifts(@ParameterObject ShiftFilter filter) {
		return this.positions.shifts(filter);
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
