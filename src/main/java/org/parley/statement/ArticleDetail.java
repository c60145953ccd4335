package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One article with its verbatim body and the statements sourced from it. */
record ArticleDetail(String slug, String title, @Schema(nullable = true) String outlet,
		@Schema(nullable = true) String url, @Schema(nullable = true) LocalDate publishedOn, String language,
		@Schema(nullable = true) String sourceFile, String sha256, @Schema(nullable = true) String notes,
		@Schema(description = "The text exactly as stored; statement offsets index into it") String body,
		@Schema(description = "Statements sourced from this article, in text order") List<StatementResponse> statements) {
}
