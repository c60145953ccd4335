package org.parley.article;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article in a list: everything but the body. */
record ArticleSummary(String slug, String title,
		@Schema(nullable = true, description = "The outlet, where the text names it; otherwise null") String outlet,
		@Schema(nullable = true, description = "Where known; null for the seeded articles") String url,
		@Schema(nullable = true,
				description = "Null where the source prints no date (true of every seed)") LocalDate publishedOn,
		String language, @Schema(nullable = true, description = "File the article was seeded from") String sourceFile,
		@Schema(description = "SHA-256 of the body's UTF-8 bytes, hex") String sha256,
		@Schema(nullable = true) String notes,
		@Schema(description = "Length of the body in characters") Integer length) {

	static ArticleSummary of(Article a) {
		return new ArticleSummary(a.getSlug(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
				a.getLanguage(), a.getSourceFile(), a.getSha256(), a.getNotes(), a.getBodyLength());
	}

}
