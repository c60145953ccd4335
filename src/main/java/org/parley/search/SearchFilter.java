package org.parley.search;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

/** The parameters of {@code GET /api/v1/search}. */
record SearchFilter(@Parameter(required = true,
		description = "Words to find, in web-search syntax: \"a phrase\", -excluded, this OR that. English stemming: 'guarantee' finds 'guarantees'.") String q,
		@Parameter(description = "ARTICLE or STATEMENT; absent: both") SearchType type,
		@Parameter(description = "Statements by this actor; articles that print a statement by this actor") @Size(
				max = 120) String actor,
		@Parameter(description = "Statements touching this issue; articles that print one") @Size(
				max = 80) String issue,
		@Parameter(
				description = "Statements said (articles published) on or after this date; undated items are left out") LocalDate from,
		@Parameter(
				description = "Statements said (articles published) on or before this date; undated items are left out") LocalDate to) {

	static final int MAX_QUERY_LENGTH = 300;

}
