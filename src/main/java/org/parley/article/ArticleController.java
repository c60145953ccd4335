package org.parley.article;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.common.Conditional;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.Locations;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles", description = "The sources, stored verbatim")
class ArticleController {

	private final ArticleService articles;

	private final Conditional conditional;

	ArticleController(ArticleService articles, Conditional conditional) {
		this.articles = articles;
		this.conditional = conditional;
	}

	@GetMapping
	@Operation(summary = "List articles (without bodies)",
			description = "Sortable by sourceFile (default), slug, title, publishedOn.")
	ListPage<ArticleSummary> list(Paging paging) {
		return this.articles.list(paging);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store an article", description = """
			The body is stored exactly as sent; the server computes its SHA-256. 201 with Location and ETag; \
			409 if the slug is taken or an article with the same body exists (`existing` points at it).""")
	ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request) {
		Versioned<ArticleResponse> created = this.articles.create(request);
		return this.conditional.created(Locations.of(ArticleController.class, "replace", created.body().slug()),
				created);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an article", description = """
			Needs If-Match with the ETag of the version being replaced: missing 428, stale 412. The slug \
			cannot change (422). A new body must still print every statement citing the article at its \
			offsets, and every excerpt a discrepancy reading quotes from it (422 naming body, saying how many \
			break); 409 if another article has the same body.""")
	ResponseEntity<ArticleResponse> replace(@PathVariable String slug, @Valid @RequestBody ArticleRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.articles.replace(slug, request, ifMatch));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of an article (JSON Merge Patch, RFC 7396)", description = """
			Needs If-Match: missing 428, stale 412. Same rules as a PUT: the slug cannot change (422), a new \
			body must keep the statements citing the article in place (422 naming body), 409 for a body \
			another article has.""")
	ResponseEntity<ArticleResponse> patch(@PathVariable String slug, @RequestBody String patch, IfMatch ifMatch) {
		return this.conditional.updated(this.articles.patch(slug, patch, ifMatch));
	}

	@DeleteMapping("/{slug}")
	@Operation(summary = "Delete an article", description = """
			Needs If-Match: missing 428, stale 412. 409 while statements, position evidence, summits or \
			discrepancy readings cite it, unless cascade=true: that deletes the statements sourced from it \
			with the position evidence citing them or the article, and removes it from the summits' sources. \
			Even with cascade, 409 if a position would be left without any evidence (positions are never \
			deleted implicitly) or while a discrepancy reading quotes it. The last state stays in its history.""")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@Parameter(description = "Also delete what cites the article (see above)") @RequestParam(
					defaultValue = "false") boolean cascade,
			IfMatch ifMatch) {
		this.articles.delete(slug, ifMatch, cascade);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{slug}/history")
	@Operation(summary = "Every revision of an article: who, when, and its full state",
			description = "Also for a deleted article.")
	List<HistoryEntry<ArticleResponse>> history(@PathVariable String slug) {
		return this.articles.history(slug);
	}

	@PostMapping("/{slug}/restore")
	@Operation(summary = "Restore a deleted article with its last state", description = """
			409 if it exists, or if another article now has the same body. Statements deleted with it are not \
			restored: restore each with POST /api/v1/statements/{id}/restore.""")
	ResponseEntity<ArticleResponse> restore(@PathVariable String slug) {
		Versioned<ArticleResponse> restored = this.articles.restore(slug);
		return this.conditional.created(Locations.of(ArticleController.class, "replace", slug), restored);
	}

}
