package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One article with its verbatim body and the statements sourced from it. */
record ArticleDetail(String slug, String title, String outlet, String url, LocalDate publishedOn, String language,
		String sourceFile, String sha256, String notes,
		@Schema(description = "The text exactly as stored; statement offsets index into it") String body,
		@Schema(description = "Statements sourced from this article, in text order") List<StatementResponse> statements) {
}
