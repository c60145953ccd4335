package org.parley.summit;

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
@RequestMapping(path = "/api/v1/summits", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Summits",
		description = "Negotiation events: summits, meetings, calls, press conferences, joint statements")
class SummitController {

	private final SummitService summits;

	SummitController(SummitService summits) {
		this.summits = summits;
	}

	@GetMapping
	@Operation(summary = "List events",
			description = "Sortable by startDate (default, undated last), endDate, title, slug, status, kind.")
	PagedModel<SummitResponse> list(@ParameterObject SummitFilter filter, Paging paging) {
		return this.summits.list(filter, paging);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One event with participants, sources and the statements made there")
	SummitDetail get(@PathVariable String slug) {
		return this.summits.get(slug);
	}

}
