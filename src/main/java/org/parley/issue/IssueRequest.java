package org.parley.issue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An issue as clients write it (POST, PUT, and the target of a merge patch). */
record IssueRequest(@Schema(
		description = "Identifier, fixed once created; in a PUT it may be left out or must equal the path's") @Size(
				max = 80) @Pattern(regexp = "[a-z0-9-]+",
						message = "must be lower-case letters, digits and hyphens") String code,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 500) @Schema(description = "The yes/no question a stance answers") String question,
		@Size(max = 10000) String description,
		@Schema(description = "Words besides the name that suggest the issue in a quote, for the extractor's "
				+ "proposals (\"truce\" for ceasefire); left out, the current terms stay") @Size(
						max = 200) List<@NotBlank @Size(max = 200) String> terms) {

	static IssueRequest of(Issue issue) {
		return new IssueRequest(issue.getCode(), issue.getName(), issue.getQuestion(), issue.getDescription(),
				List.copyOf(issue.getTerms()));
	}

}
