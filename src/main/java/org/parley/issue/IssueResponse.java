package org.parley.issue;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A negotiation topic. */
record IssueResponse(String code, String name,
		@Schema(description = "The yes/no question a stance answers: SUPPORTS = yes, OPPOSES = no") String question,
		@Schema(nullable = true) String description,
		@Schema(description = "Words besides the name that suggest the issue in a quote") List<String> terms) {

	static IssueResponse of(Issue issue) {
		return new IssueResponse(issue.getCode(), issue.getName(), issue.getQuestion(), issue.getDescription(),
				List.copyOf(issue.getTerms()));
	}

}
