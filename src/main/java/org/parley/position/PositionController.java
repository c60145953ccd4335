package org.parley.position;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.common.Download;
import org.parley.common.Paging;
import org.parley.common.Sorting;
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

	private static final String LIST_DESCRIPTION = "Sortable by issue, actor, validFrom, stance, id "
			+ "(default: issue, actor, validFrom).\n\n"
			+ "With `Accept: text/csv`: every matching position, unpaged, in the same order, as `positions.csv` "
			+ "(UTF-8, header row, RFC 4180; `page` and `size` are ignored). Columns: " + PositionExport.CSV_COLUMNS
			+ "; the evidence columns hold statement ids and article slugs separated by `;`.";

	private final PositionService positions;

	private final PositionExport export;

	private final Clock clock;

	PositionController(PositionService positions, PositionExport export, Clock clock) {
		this.positions = positions;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/positions")
	@Operation(operationId = "listPositions", summary = "List positions", description = LIST_DESCRIPTION)
	PagedModel<PositionResponse> list(@ParameterObject PositionFilter filter, Paging paging) {
		return this.positions.list(filter, paging);
	}

	@GetMapping(path = "/positions", produces = Download.TEXT_CSV)
	@Operation(operationId = "listPositions", summary = "List positions", description = LIST_DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "A page of positions (JSON), or every matching one (CSV)",
			content = @Content(mediaType = Download.TEXT_CSV, schema = @Schema(type = "string")))
	void csv(@ParameterObject PositionFilter filter, Sorting sorting, HttpServletResponse response) throws IOException {
		this.export.csv(filter, sorting, Download.csv(response, "positions.csv"));
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
