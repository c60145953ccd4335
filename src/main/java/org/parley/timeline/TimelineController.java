package org.parley.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.ListPage;
import org.parley.common.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Timeline", description = "Events, statements and positions in one date-ordered list")
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping
	@Operation(summary = "Events, statements and positions in date order",
			description = "Events are dated by their start date, statements by when they were said, positions by "
					+ "when they took effect. Entries on the same date come events first, then statements, then "
					+ "positions, each by id. Entries without a date follow all dated ones with dated=false; "
					+ "when from or to is given they are left out. Each entry links its record (href). "
					+ "The order is fixed: sort is a 400 problem, as is from after to.")
	ListPage<TimelineEntry> timeline(@ParameterObject TimelineFilter filter, Paging paging) {
		return this.timeline.timeline(filter, paging);
	}

}
