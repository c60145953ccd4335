package org.parley.statement;

import java.io.IOException;
import java.net.URI;
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
@Tag(name = "Statements", description = "What actors said, verbatim or reported, each tied to its source span")
class StatementController {

	private static final String LIST_DESCRIPTION = "Sortable by statedOn (default, undated last), speaker, kind, id.\n\n"
			+ "With `Accept: text/csv`: every matching statement, unpaged, in the same order, as `statements.csv` "
			+ "(UTF-8, header row, RFC 4180; `page` and `size` are ignored). Columns: " + StatementExport.CSV_COLUMNS
			+ "; `issues` holds issue codes separated by `;`, `start` and `end` are the text's offsets in the "
			+ "article body.";

	private final StatementService statements;

	private final Conditional conditional;

	private final StatementExport export;

	StatementController(StatementService statements, Conditional conditional, StatementExport export) {
		this.statements = statements;
		this.conditional = conditional;
		this.export = export;
	}

	@GetMapping("/statements")
	@Operation(operationId = "listStatements", summary = "List statements", description = LIST_DESCRIPTION)
	ListPage<StatementResponse> list(@ParameterObject StatementFilter filter, Paging paging) {
		return this.statements.list(filter, paging);
	}

	@GetMapping(path = "/statements", produces = Download.TEXT_CSV)
	@Operation(operationId = "listStatements", summary = "List statements", description = LIST_DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "A page of statements (JSON), or every matching one (CSV)",
			content = @Content(mediaType = Download.TEXT_CSV, schema = @Schema(type = "string")))
	void csv(@ParameterObject StatementFilter filter, Sorting sorting, HttpServletResponse response)
			throws IOException {
		this.export.csv(filter, sorting, Download.csv(response, "statements.csv"));
	}

	@GetMapping("/statements/{id}")
	@Operation(summary = "One statement", description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<StatementResponse> get(@PathVariable long id, WebRequest request) {
		return this.conditional.ok(request, this.statements.versioned(id));
	}

	@PostMapping(path = "/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record a statement", description = """
			The server finds the text in the article's body and stores where it stands: 422 naming `text` if \
			the body does not print it exactly, 422 naming `start` (with the offsets where it occurs) if it \
			occurs more than once and no offsets choose one, 422 naming `start`/`end` if offsets are given and \
			do not reproduce the text. An unknown speaker, summit, article or issue is a 422 naming the field. \
			201 with Location and ETag; 409 if the speaker's words at that span are recorded already.""")
	ResponseEntity<StatementResponse> create(@Valid @RequestBody StatementRequest request) {
		Versioned<StatementResponse> created = this.statements.create(request);
		return this.conditional.created(location(created), created);
	}

	@PutMapping(path = "/statements/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace a statement", description = """
			Needs If-Match with the ETag of the version being replaced: missing 428, stale 412. The text is \
			located as on creation (422 naming text, start or end); without offsets, a text that occurs more \
			than once keeps its current span if that still reproduces it. 409 if the same words at that \
			span are recorded already.""")
	ResponseEntity<StatementResponse> replace(@PathVariable long id, @Valid @RequestBody StatementRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.statements.replace(id, request, ifMatch));
	}

	@PatchMapping(path = "/statements/{id}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of a statement (JSON Merge Patch, RFC 7396)", description = """
			Needs If-Match: missing 428, stale 412. A patch that changes text or article without giving \
			start/end lets the server locate the text again (422 naming text, start or end as on creation).""")
	ResponseEntity<StatementResponse> patch(@PathVariable long id, @RequestBody String patch, IfMatch ifMatch) {
		return this.conditional.updated(this.statements.patch(id, patch, ifMatch));
	}

	@DeleteMapping("/statements/{id}")
	@Operation(summary = "Delete a statement", description = """
			Needs If-Match: missing 428, stale 412. 409 while a position cites it as evidence, unless \
			cascade=true, which removes those evidence links too; even then 409 if a position would be \
			left without any evidence. The last state stays in its history.""")
	ResponseEntity<Void> delete(@PathVariable long id,
			@Parameter(description = "Also remove the position evidence citing the statement") @RequestParam(
					defaultValue = "false") boolean cascade,
			IfMatch ifMatch) {
		this.statements.delete(id, ifMatch, cascade);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/statements/{id}/history")
	@Operation(summary = "Every revision of a statement: who, when, and its full state",
			description = "Also for a deleted statement.")
	List<HistoryEntry<StatementState>> history(@PathVariable long id) {
		return this.statements.history(id);
	}

	@PostMapping("/statements/{id}/restore")
	@Operation(summary = "Restore a deleted statement with its last state", description = """
			Creates the statement anew: it gets a new id, given in Location (the old id keeps its history, \
			ending in DELETED). The span is checked again as on creation (422), and the records it names must \
			still exist (422 naming the field). 409 if the statement exists or its words at that span were \
			recorded again since; 404 if no statement with this id was ever deleted.""")
	ResponseEntity<StatementResponse> restore(@PathVariable long id) {
		Versioned<StatementResponse> restored = this.statements.restore(id);
		return this.conditional.created(location(restored), restored);
	}

	@GetMapping("/actors/{slug}/statements")
	@Operation(summary = "Statements of one actor",
			description = "Sortable by statedOn (default, undated last), speaker, kind, id.")
	ListPage<StatementResponse> byActor(@PathVariable String slug, Paging paging) {
		return this.statements.byActor(slug, paging);
	}

	private static URI location(Versioned<StatementResponse> statement) {
		return Locations.of(StatementController.class, "get", statement.body().id());
	}

}
