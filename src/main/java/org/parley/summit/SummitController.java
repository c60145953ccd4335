package org.parley.summit;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Conditional;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
@RequestMapping(path = "/api/v1/summits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Summits",
		description = "Negotiation events: summits, meetings, calls, press conferences, joint statements")
class SummitController {

	private final SummitService summits;

	private final Conditional conditional;

	SummitController(SummitService summits, Conditional conditional) {
		this.summits = summits;
		this.conditional = conditional;
	}

	@GetMapping
	@Operation(summary = "List events",
			description = "Sortable by startDate (default, undated last), endDate, title, slug, status, kind.")
	PagedModel<SummitResponse> list(@ParameterObject SummitFilter filter, Paging paging) {
		return this.summits.list(filter, paging);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One event with participants, sources and the statements made there",
			description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<SummitDetail> get(@PathVariable String slug, WebRequest request) {
		return this.conditional.ok(request, this.summits.versioned(slug));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an event",
			description = "201 with Location and ETag; 400 for an invalid field (endDate before startDate, "
					+ "latitude without longitude, ...); 409 if the slug is taken; 422 naming each unknown "
					+ "actor (participants[i].actor), repeated actor or unknown article (sources[i]).")
	ResponseEntity<SummitResponse> create(@Valid @RequestBody SummitRequest request) {
		Versioned<SummitResponse> created = this.summits.create(request);
		return this.conditional.created(URI.create("/api/v1/summits/" + created.body().slug()), created);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an event, its participants and its sources",
			description = "Needs If-Match with the ETag of the version being replaced: missing 428, stale 412. "
					+ "422 if the slug differs from the path's or the body names unknown actors or articles.")
	ResponseEntity<SummitResponse> replace(@PathVariable String slug, @Valid @RequestBody SummitRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.conditional.updated(this.summits.replace(slug, request, ifMatch));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of an event (JSON Merge Patch, RFC 7396)",
			description = "Needs If-Match: missing 428, stale 412. participants and sources, when given, "
					+ "replace the lists (merge patch replaces arrays whole). 422 as for PUT.")
	ResponseEntity<SummitResponse> patch(@PathVariable String slug, @RequestBody String patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.conditional.updated(this.summits.patch(slug, patch, ifMatch));
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete an event",
			description = "Needs If-Match: missing 428, stale 412. 409 while statements name the event as where "
					+ "they were made, unless cascade=true: then those statements are kept and no longer linked "
					+ "to any event. Participants and sources go with the event. The last state stays in its history.")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@Parameter(description = "true: unlink the statements made at the event instead of refusing") @RequestParam(
					defaultValue = "false") boolean cascade,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.summits.delete(slug, cascade, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{slug}/history")
	@Operation(summary = "Every revision of an event: who, when, and its full state",
			description = "Also for a deleted event.")
	List<HistoryEntry<SummitResponse>> history(@PathVariable String slug) {
		return this.summits.history(slug);
	}

	@PostMapping("/{slug}/restore")
	@Operation(summary = "Restore a deleted event with its last state, participants and sources",
			description = "409 if it exists; 422 if an actor or article it named is gone. Statements unlinked by "
					+ "a cascading delete stay unlinked.")
	ResponseEntity<SummitResponse> restore(@PathVariable String slug) {
		Versioned<SummitResponse> restored = this.summits.restore(slug);
		return this.conditional.created(URI.create("/api/v1/summits/" + slug), restored);
	}

}
