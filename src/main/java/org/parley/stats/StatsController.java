package org.parley.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stats", description = "Counts for dashboards")
class StatsController {

	private final StatsService stats;

	StatsController(StatsService stats) {
		this.stats = stats;
	}

	@GetMapping
	@Operation(summary = "Totals, and statements per actor, per issue and per day",
			description = "Each count equals the totalElements of the matching list: statements per actor that of "
					+ "/api/v1/statements?actor={slug}, per issue that of ?issue={code}, per day that of "
					+ "?from={date}&to={date}.")
	Stats stats() {
		return this.stats.stats();
	}

}
