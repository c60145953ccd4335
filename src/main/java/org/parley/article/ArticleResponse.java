package org.parley.article;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article as written: its fields and body, without the statements sourced from it. */
record ArticleResponse(String slug, String title, @Schema(nullable = true) String outlet,
		@Schema(nullable = true) String url, @Schema(nullable = true) LocalDate publishedOn, String language,
		@Schema(nullable = true, description = "File the article was seeded from; null for others") String sourceFile,
		@Schema(description = "SHA-256 of the body's UTF-8 bytes, hex, computed by the server") String sha256,
		@Schema(nullable = true) String notes,
		@Schema(description = "The text exactly as stored; statement offsets index into it") String body) {

	static ArticleResponse of(Article a) {
		return new ArticleResponse(a.getSlug(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
				a.getLanguage(), a.getSourceFile(), a.getSha256(), a.getNotes(), a.getBody());
	}

}
