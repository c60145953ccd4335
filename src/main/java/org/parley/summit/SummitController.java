package org.parley.summit;

import java.io.IOException;
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

@RestController
@RequestMapping(path = "/api/v1/summits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Summits",
		description = "Negotiation events: summits, meetings, calls, press conferences, joint statements")
class SummitController {

	private static final String LIST_DESCRIPTION = "Sortable by startDate (default, undated last), endDate, title, "
			+ "slug, status, kind.\n\n"
			+ "Every matching event, unpaged and in the same order (`page` and `size` are ignored), in other formats:\n"
			+ "- `Accept: text/csv`: `summits.csv` (UTF-8, header row, RFC 4180). Columns: " + SummitExport.CSV_COLUMNS
			+ "; `participants` (actor slugs) and `sources` (article slugs) are separated by `;`.\n"
			+ "- `Accept: application/geo+json`: a GeoJSON FeatureCollection (RFC 7946), one Feature per event, "
			+ "`geometry` a Point `[longitude, latitude]`, or null where the place is not known precisely.\n"
			+ "- `Accept: text/calendar`: an iCalendar feed (RFC 5545), one all-day VEVENT per event, UID "
			+ "`<slug>@parley`, DTEND the day after the last day; STATUS CONFIRMED for HELD and PLANNED events, "
			+ "TENTATIVE for PROPOSED, CANCELLED for CANCELLED. Events without a date are left out.";

	private static final List<MediaType> EXPORTS = List.of(MediaType.parseMediaType(Download.TEXT_CSV),
			SummitExport.GEO_JSON, SummitExport.CALENDAR);

	private final SummitService summits;

	private final SummitExport export;

	private final Conditional conditional;

	SummitController(SummitService summits, SummitExport export, Conditional conditional) {
		this.summits = summits;
		this.export = export;
		this.conditional = conditional;
	}

	@GetMapping
	@Operation(operationId = "listSummits", summary = "List events", description = LIST_DESCRIPTION)
	ListPage<SummitResponse> list(@ParameterObject SummitFilter filter, Paging paging) {
		return this.summits.list(filter, paging);
	}

	/**
	 * The other formats share one mapping, text types first: when a request accepts
	 * anything ({@code *}{@code /*}, or no Accept header), Spring MVC breaks the tie
	 * between equally acceptable mappings by comparing media types alphabetically, and a
	 * mapping of its own for {@code application/geo+json} would win over
	 * {@code application/json}. Here the first type is {@code text/csv}, so the JSON list
	 * stays the default; which format is written is then negotiated from the Accept
	 * header.
	 */
	@GetMapping(produces = { Download.TEXT_CSV, Download.TEXT_CALENDAR, Download.APPLICATION_GEO_JSON })
	@Operation(operationId = "listSummits", summary = "List events", description = LIST_DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "A page of events (JSON), or every matching one (other formats)",
			content = { @Content(mediaType = Download.TEXT_CSV, schema = @Schema(type = "string")),
					@Content(mediaType = Download.APPLICATION_GEO_JSON,
							schema = @Schema(implementation = SummitFeatureCollection.class)),
					@Content(mediaType = Download.TEXT_CALENDAR, schema = @Schema(type = "string")) })
	void export(@ParameterObject SummitFilter filter, Sorting sorting,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "*/*") String accept,
			HttpServletResponse response) throws IOException {
		MediaType type = Download.negotiate(accept, EXPORTS);
		if (type.equals(SummitExport.GEO_JSON)) {
			this.export.geoJson(filter, sorting, Download.inline(response, SummitExport.GEO_JSON));
		}
		else if (type.equals(SummitExport.CALENDAR)) {
			this.export.calendar(filter, sorting, Download.inline(response, SummitExport.CALENDAR));
		}
		else {
			this.export.csv(filter, sorting, Download.csv(response, "summits.csv"));
		}
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an event",
			description = "201 with Location and ETag; 400 for an invalid field (endDate before startDate, "
					+ "latitude without longitude, ...); 409 if the slug is taken; 422 naming each unknown "
					+ "actor (participants[i].actor), repeated actor or unknown article (sources[i]).")
	ResponseEntity<SummitResponse> create(@Valid @RequestBody SummitRequest request) {
		Versioned<SummitResponse> created = this.summits.create(request);
		return this.conditional.created(Locations.of(SummitController.class, "replace", created.body().slug()),
				created);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an event, its participants and its sources",
			description = "Needs If-Match with the ETag of the version being replaced: missing 428, stale 412. "
					+ "422 if the slug differs from the path's or the body names unknown actors or articles.")
	ResponseEntity<SummitResponse> replace(@PathVariable String slug, @Valid @RequestBody SummitRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.summits.replace(slug, request, ifMatch));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of an event (JSON Merge Patch, RFC 7396)",
			description = "Needs If-Match: missing 428, stale 412. participants and sources, when given, "
					+ "replace the lists (merge patch replaces arrays whole). 422 as for PUT.")
	ResponseEntity<SummitResponse> patch(@PathVariable String slug, @RequestBody String patch, IfMatch ifMatch) {
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
			IfMatch ifMatch) {
		this.summits.delete(slug, ifMatch, cascade);
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
		return this.conditional.created(Locations.of(SummitController.class, "replace", slug), restored);
	}

}
