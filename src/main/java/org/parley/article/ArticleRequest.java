package org.parley.article;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An article as clients write it (POST, PUT, and the target of a merge patch). The server
 * computes the SHA-256 of the body; the seed file name is only ever set by the seed.
 */
record ArticleRequest(@Schema(
		description = "Identifier, fixed once created; in a PUT it may be left out or must equal the path's") @Size(
				max = 120) @Pattern(regexp = "[a-z0-9-]+",
						message = "must be lower-case letters, digits and hyphens") String slug,
		@NotBlank @Size(max = 500) String title, @Size(max = 200) String outlet,
		@Size(max = 2000) @HttpUrl @Schema(description = "An absolute http or https URL") String url,
		LocalDate publishedOn,
		@NotBlank @Size(max = 16) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*",
				message = "must be a language tag such as en or pt-BR") @Schema(example = "en") String language,
		@NotBlank @Size(max = ArticleRequest.MAX_BODY) @Schema(
				description = "The text exactly as published, at most 1,000,000 characters; statement offsets index into it") String body,
		@Size(max = 10000) String notes) {

	static final int MAX_BODY = 1_000_000;

	static ArticleRequest of(Article article) {
		return new ArticleRequest(article.getSlug(), article.getTitle(), article.getOutlet(), article.getUrl(),
				article.getPublishedOn(), article.getLanguage(), article.getBody(), article.getNotes());
	}

}
