package org.parley.discrepancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.ListPage;
import org.parley.common.Paging;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/discrepancies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Discrepancies", description = "Facts the sources disagree on, with each reading and who gives it")
class DiscrepancyController {

	private final DiscrepancyService discrepancies;

	DiscrepancyController(DiscrepancyService discrepancies) {
		this.discrepancies = discrepancies;
	}

	@GetMapping
	@Operation(summary = "List disagreements between sources", description = "Sortable by slug (default), subjectType.")
	ListPage<DiscrepancyResponse> list(
			@Parameter(
					description = "Kind of record: ARTICLE, ACTOR, SUMMIT, STATEMENT, POSITION or ISSUE") @RequestParam(
							required = false) DiscrepancySubject subjectType,
			@Parameter(description = "Slug (or id) of the record") @RequestParam(required = false) String subject,
			Paging paging) {
		return this.discrepancies.list(subjectType, subject, paging);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One disagreement with its readings and sources")
	DiscrepancyResponse get(@PathVariable String slug) {
		return this.discrepancies.get(slug);
	}

}
