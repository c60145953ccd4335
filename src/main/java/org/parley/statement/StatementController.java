package org.parley.statement;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

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

	private final StatementExport export;

	StatementController(StatementService statements, StatementExport export) {
		this.statements = statements;
		this.export = export;
	}

	@GetMapping("/statements")
	@Operation(operationId = "listStatements", summary = "List statements", description = LIST_DESCRIPTION)
	PagedModel<StatementResponse> list(@ParameterObject StatementFilter filter, Paging paging) {
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
	@Operation(summary = "One statement")
	StatementResponse get(@PathVariable long id) {
		return this.statements.get(id);
	}

	@GetMapping("/actors/{slug}/statements")
	@Operation(summary = "Statements of one actor",
			description = "Sortable by statedOn (default, undated last), speaker, kind, id.")
	PagedModel<StatementResponse> byActor(@PathVariable String slug, Paging paging) {
		return this.statements.byActor(slug, paging);
	}

}
