package org.parley.actor;

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
@RequestMapping(path = "/api/v1/actors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actors", description = "People, states, organisations and groups taking part in negotiations")
class ActorController {

	private static final String LIST_DESCRIPTION = "Sortable by name (default), slug, kind.\n\n"
			+ "With `Accept: text/csv`: every matching actor, unpaged, in the same order, as `actors.csv` "
			+ "(UTF-8, header row, RFC 4180; `page` and `size` are ignored). Columns: " + ActorExport.CSV_COLUMNS
			+ "; `aliases` are separated by `;`.";

	private final ActorService actors;

	private final ActorExport export;

	ActorController(ActorService actors, ActorExport export) {
		this.actors = actors;
		this.export = export;
	}

	@GetMapping
	@Operation(operationId = "listActors", summary = "List actors", description = LIST_DESCRIPTION)
	PagedModel<ActorResponse> list(@ParameterObject ActorFilter filter, Paging paging) {
		return this.actors.list(filter, paging);
	}

	@GetMapping(produces = Download.TEXT_CSV)
	@Operation(operationId = "listActors", summary = "List actors", description = LIST_DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "A page of actors (JSON), or every matching one (CSV)",
			content = @Content(mediaType = Download.TEXT_CSV, schema = @Schema(type = "string")))
	void csv(@ParameterObject ActorFilter filter, Sorting sorting, HttpServletResponse response) throws IOException {
		this.export.csv(filter, sorting, Download.csv(response, "actors.csv"));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One actor, with group members and memberships")
	ActorDetail get(@PathVariable String slug) {
		return this.actors.get(slug);
	}

}
