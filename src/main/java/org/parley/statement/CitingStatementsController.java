package org.parley.statement;

import io.swagger.v3.oas.annotations.Operation;
import org.parley.common.Conditional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * An article or an event shown with the statements citing it: served here, by the feature
 * that holds the statements, so that the article and summit features need not know about
 * statements. Each operation is listed under the resource it shows.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CitingStatementsController {

	private final StatementService statements;

	private final Conditional conditional;

	CitingStatementsController(StatementService statements, Conditional conditional) {
		this.statements = statements;
		this.conditional = conditional;
	}

	@GetMapping("/articles/{slug}")
	@Operation(tags = "Articles", summary = "One article with its body and the statements sourced from it",
			description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<ArticleDetail> getArticle(@PathVariable String slug, WebRequest request) {
		return this.conditional.ok(request, this.statements.articleDetail(slug));
	}

	@GetMapping("/summits/{slug}")
	@Operation(tags = "Summits", summary = "One event with participants, sources and the statements made there",
			description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<SummitDetail> getSummit(@PathVariable String slug, WebRequest request) {
		return this.conditional.ok(request, this.statements.summitDetail(slug));
	}

}
