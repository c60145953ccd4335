package org.parley.issue;

import io.swagger.v3.oas.annotations.media.Schema;

/** A negotiation topic. */
record IssueResponse(String code, String name,
		@Schema(description = "The yes/no question a stance answers: SUPPORTS = yes, OPPOSES = no") String question,
		String description) {

	static IssueResponse of(Issue issue) {
		return new IssueResponse(issue.getCode(), issue.getName(), issue.getQuestion(), issue.getDescription());
	}

}
