package org.parley.actor;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(path = "/api/v1/actors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actors", description = "People, states, organisations and groups taking part in negotiations")
class ActorController {

	private static final String LIST_DESCRIPTION = "Sortable by name (default), slug, kind.\n\n"
			+ "With `Accept: text/csv`: every matching actor, unpaged, in the same order, as `actors.csv` "
			+ "(UTF-8, header row, RFC 4180; `page` and `size` are ignored). Columns: " + ActorExport.CSV_COLUMNS
			+ "; `aliases` are separated by `;`.";

	private final ActorService actors;

	private final Conditional conditional;

	private final ActorExport export;

	ActorController(ActorService actors, Conditional conditional, ActorExport export) {
		this.actors = actors;
		this.conditional = conditional;
		this.export = export;
	}

	@GetMapping
	@Operation(operationId = "listActors", summary = "List actors", description = LIST_DESCRIPTION)
	ListPage<ActorResponse> list(@ParameterObject ActorFilter filter, Paging paging) {
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
	@Operation(summary = "One actor, with group members and memberships",
			description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<ActorDetail> get(@PathVariable String slug, WebRequest request) {
		return this.conditional.ok(request, this.actors.versioned(slug));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an actor",
			description = "201 with Location and ETag; 409 if the slug is taken; 422 if an affiliation or member does not exist.")
	ResponseEntity<ActorDetail> create(@Valid @RequestBody ActorRequest request) {
		Versioned<ActorDetail> created = this.actors.create(request);
		return this.conditional.created(Locations.of(ActorController.class, "get", created.body().slug()), created);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an actor, its aliases and members",
			description = "Needs If-Match with the ETag of the version being replaced: missing 428, stale 412.")
	ResponseEntity<ActorDetail> replace(@PathVariable String slug, @Valid @RequestBody ActorRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.actors.replace(slug, request, ifMatch));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of an actor (JSON Merge Patch, RFC 7396)",
			description = "Needs If-Match: missing 428, stale 412. Arrays (aliases, members) are replaced whole.")
	ResponseEntity<ActorDetail> patch(@PathVariable String slug, @RequestBody String patch, IfMatch ifMatch) {
		return this.conditional.updated(this.actors.patch(slug, patch, ifMatch));
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete an actor nothing refers to",
			description = "Needs If-Match. 409 while statements, positions, events, affiliations or groups refer to it. "
					+ "The last state stays in its history.")
	ResponseEntity<Void> delete(@PathVariable String slug, IfMatch ifMatch) {
		this.actors.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{slug}/history")
	@Operation(summary = "Every revision of an actor: who, when, and its full state",
			description = "Also for a deleted actor.")
	List<HistoryEntry<ActorResponse>> history(@PathVariable String slug) {
		return this.actors.history(slug);
	}

	@PostMapping("/{slug}/restore")
	@Operation(summary = "Restore a deleted actor with its last state",
			description = "409 if it exists. Affiliations and members that no longer exist are left out.")
	ResponseEntity<ActorDetail> restore(@PathVariable String slug) {
		Versioned<ActorDetail> restored = this.actors.restore(slug);
		return this.conditional.created(Locations.of(ActorController.class, "get", slug), restored);
	}

}
