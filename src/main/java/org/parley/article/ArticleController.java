package org.parley.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Paging;

import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles", description = "The sources, stored verbatim")
class ArticleController {

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping
	@Operation(summary = "List articles (without bodies)",
			description = "Sortable by sourceFile (default), slug, title, publishedOn.")
	PagedModel<ArticleSummary> list(Paging paging) {
		return this.articles.list(paging);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One article with its body and the statements sourced from it")
	ArticleDetail get(@PathVariable String slug) {
		return this.articles.get(slug);
	}

}
