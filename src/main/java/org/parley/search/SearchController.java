package org.parley.search;

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
@RequestMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Search", description = "Full-text search over articles and statements")
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Search articles and statements",
			description = "Ranked by relevance (sort is not accepted). Each hit has its type, a link and a snippet "
					+ "with the matches in <mark>…</mark>. A blank query, one over 300 characters, or one with only "
					+ "stop words is a 400 problem naming q.\n\nThe ranking reads at most the "
					+ SearchService.CANDIDATES + " most recently recorded matching statements and as many articles: "
					+ "when more match (page.totalExact is false past " + Paging.MAX_COUNT + "), the hits are the "
					+ "best of those; narrow the search with actor, issue, from or to to rank older ones.")
	ListPage<SearchHit> search(@ParameterObject SearchFilter filter, Paging paging) {
		if (!paging.sort().isEmpty()) {
			throw new org.parley.common.InvalidParameter("sort", "is not supported: hits come by relevance");
		}
		return this.search.search(filter, paging);
	}

}
