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
import org.parley.common.Download;
import org.parley.common.Paging;
import org.parley.common.Sorting;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
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

	SummitController(SummitService summits, SummitExport export) {
		this.summits = summits;
		this.export = export;
	}

	@GetMapping
	@Operation(operationId = "listSummits", summary = "List events", description = LIST_DESCRIPTION)
	PagedModel<SummitResponse> list(@ParameterObject SummitFilter filter, Paging paging) {
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

	@GetMapping("/{slug}")
	@Operation(summary = "One event with participants, sources and the statements made there")
	SummitDetail get(@PathVariable String slug) {
		return this.summits.get(slug);
	}

}
