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
import jakarta.validation.Valid;
import org.parley.common.Conditional;
import org.parley.common.Download;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.Locations;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.Sorting;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

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

	private final Conditional conditional;

	PositionController(PositionService positions, PositionExport export, Clock clock, Conditional conditional) {
		this.positions = positions;
		this.export = export;
		this.clock = clock;
		this.conditional = conditional;
	}

	@GetMapping("/positions")
	@Operation(operationId = "listPositions", summary = "List positions", description = LIST_DESCRIPTION)
	ListPage<PositionResponse> list(@ParameterObject PositionFilter filter, Paging paging) {
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
					+ "until the position that supersedes it applies.\n\nPaged by actor: `size` actors (by name) "
					+ "with a stance in force, with all their cells; page.next continues with the next actors. "
					+ "`issue` keeps one issue's column, `actor` one actor's row. The actors are not counted "
					+ "ahead: while page.next is set, page.totalElements is a lower bound (page.totalExact false).")
	PositionMatrix matrix(
			@Parameter(description = "The date (yyyy-MM-dd); default today") @RequestParam(
					required = false) LocalDate asOf,
			@Parameter(description = "Only this issue (code)") @RequestParam(required = false) String issue,
			@Parameter(description = "Only this actor (slug)") @RequestParam(required = false) String actor,
			Paging paging) {
		return this.positions.matrix((asOf != null) ? asOf : LocalDate.now(this.clock), issue, actor, paging);
	}

	@GetMapping("/positions/shifts")
	@Operation(summary = "Changes of stance",
			description = "Every position that superseded an earlier one: before, after, date and evidence, oldest first "
					+ "(undated last), a page at a time.")
	ListPage<PositionShift> shifts(@ParameterObject ShiftFilter filter, Paging paging) {
		return this.positions.shifts(filter, paging);
	}

	@GetMapping("/positions/{id}")
	@Operation(summary = "One position and the full history of that actor's stance on that issue",
			description = "Carries an ETag (the position's version); answers If-None-Match with 304.")
	ResponseEntity<PositionDetail> get(@PathVariable long id, WebRequest request) {
		return this.conditional.ok(request, this.positions.versioned(id));
	}

	@PostMapping(path = "/positions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a position",
			description = "201 with Location and ETag. If the actor already has a current position on the issue, "
					+ "the new one supersedes it: the old one is kept, no longer current. 400 for an invalid field "
					+ "(no evidence, evidence naming both or neither of statementId and article, ...); 422 for a "
					+ "missing or unknown actor or issue, evidence naming an unknown statement or article "
					+ "(evidence[i]), or a validFrom before that of the position superseded.")
	ResponseEntity<PositionResponse> create(@Valid @RequestBody PositionRequest request) {
		Versioned<PositionResponse> created = this.positions.create(request);
		return this.conditional.created(Locations.of(PositionController.class, "get", created.body().id()), created);
	}

	@PutMapping(path = "/positions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct a position in place: stance, summary, validFrom, evidence",
			description = "Needs If-Match with the ETag of the version being replaced: missing 428, stale 412. "
					+ "422 if actor or issue differ (they are fixed), evidence is unknown, or validFrom would put "
					+ "the position before the one it supersedes or after the one superseding it. "
					+ "A change of mind is a new position (POST), not an edit.")
	ResponseEntity<PositionResponse> replace(@PathVariable long id, @Valid @RequestBody PositionRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.positions.replace(id, request, ifMatch));
	}

	@PatchMapping(path = "/positions/{id}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Correct parts of a position (JSON Merge Patch, RFC 7396)",
			description = "Needs If-Match: missing 428, stale 412. evidence, when given, replaces the list. "
					+ "422 as for PUT.")
	ResponseEntity<PositionResponse> patch(@PathVariable long id, @RequestBody String patch, IfMatch ifMatch) {
		return this.conditional.updated(this.positions.patch(id, patch, ifMatch));
	}

	@DeleteMapping("/positions/{id}")
	@Operation(summary = "Delete the current position of an actor on an issue",
			description = "Needs If-Match: missing 428, stale 412. 409 if a later position supersedes it: only the "
					+ "current position can be deleted. The position it superseded, if any, is current again. "
					+ "The last state stays in its history.")
	ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
		this.positions.delete(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/positions/{id}/history")
	@Operation(summary = "Every revision of a position: who, when, and its state",
			description = "Also for a deleted position.")
	List<HistoryEntry<PositionState>> history(@PathVariable long id) {
		return this.positions.history(id);
	}

	@PostMapping("/positions/{id}/restore")
	@Operation(summary = "Record a deleted position again, with its last state",
			description = "201 with the new position's Location: it gets a new id. It takes its old place: "
					+ "superseding the position it superseded, which must be current again, or as the first "
					+ "position if it was. 409 if it exists or the stance has moved on since (another position "
					+ "was recorded or deleted); 422 if its actor, issue or evidence is gone.")
	ResponseEntity<PositionResponse> restore(@PathVariable long id) {
		Versioned<PositionResponse> restored = this.positions.restore(id);
		return this.conditional.created(Locations.of(PositionController.class, "get", restored.body().id()), restored);
	}

	@GetMapping("/actors/{slug}/positions")
	@Operation(summary = "Positions of one actor",
			description = "Sortable by issue, actor, validFrom, stance, id (default: issue, actor, validFrom).")
	ListPage<PositionResponse> byActor(@PathVariable String slug, @Parameter(
			description = "true: only positions in force now; false: only superseded ones; absent: all") @RequestParam(
					required = false) Boolean current,
			Paging paging) {
		return this.positions.byActor(slug, current, paging);
	}

}
