package org.parley.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Paging;
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

	private final StatementService statements;

	StatementController(StatementService statements) {
		this.statements = statements;
	}

	@GetMapping("/statements")
	@Operation(summary = "List statements",
			description = "Sortable by statedOn (default, undated last), speaker, kind, id.")
	PagedModel<StatementResponse> list(@ParameterObject StatementFilter filter, Paging paging) {
		return this.statements.list(filter, paging);
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
