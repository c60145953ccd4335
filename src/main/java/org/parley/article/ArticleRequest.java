package org.parley.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.common.MergePatch;
import org.parley.common.Unprocessable;

/**
 * An article as clients write it (POST, PUT, and the target of a merge patch). The server
 * computes the SHA-256 of the body; the seed file name is only ever set by the seed.
 */
record ArticleRequest(@Schema(
		description = "Identifier, fixed once created; in a PUT it may be left out or must equal the path's") @Size(
				max = 120) @Pattern(regexp = "[a-z0-9-]+",
						message = "must be lower-case letters, digits and hyphens") String slug,
		@Size(max = 500) @Schema(description = "Required; with html, taken from the page when left out") String title,
		@Size(max = 200) String outlet,
		@Size(max = 2000) @HttpUrl @Schema(description = "An absolute http or https URL") String url,
		LocalDate publishedOn,
		@Size(max = 16) @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*",
				message = "must be a language tag such as en or pt-BR") @Schema(example = "en",
						description = "Required; with html, taken from the page's lang when left out") String language,
		@Size(max = ArticleRequest.MAX_BODY) @Schema(
				description = "The text exactly as published, at most 1,000,000 characters; statement offsets index into it. "
						+ "Required unless html is sent instead") String body,
		@Size(max = 10000) String notes,
		@Size(max = ArticleRequest.MAX_HTML) @Schema(
				description = "Instead of body: a news page as HTML, at most 5,000,000 characters. Its readable text (the "
						+ "article's paragraphs, one per line; scripts, navigation, share widgets and advertisements "
						+ "dropped) becomes the body; title, outlet, publishedOn, url and language come from the page's "
						+ "metadata when left out") String html) {

	static final int MAX_BODY = 1_000_000;

	static final int MAX_HTML = 5_000_000;

	static ArticleRequest of(Article article) {
		return new ArticleRequest(article.getSlug(), article.getTitle(), article.getOutlet(), article.getUrl(),
				article.getPublishedOn(), article.getLanguage(), article.getBody(), article.getNotes(), null);
	}

	/**
	 * The request with the body and, where left out, the metadata of the page sent as
	 * {@code html}; the request itself if it sends a body. A 400 problem for a request
	 * without body, title or language; a 422 for a page without readable text.
	 */
	ArticleRequest resolved() {
		ArticleRequest request = this;
		if (this.html != null) {
			if (this.body != null) {
				throw invalid("html", "cannot be sent with body: send the text as body or the page as html");
			}
			ArticlePage page = ArticlePage.read(this.html);
			if (page.text().isBlank()) {
				throw Unprocessable.field("html", "holds no readable text: no paragraphs of an article were found");
			}
			if (page.text().length() > MAX_BODY) {
				throw Unprocessable.field("html", "its readable text has " + page.text().length()
						+ " characters; a body holds at most " + MAX_BODY);
			}
			request = new ArticleRequest(this.slug, or(this.title, page.title()), or(this.outlet, page.outlet()),
					or(this.url, page.url()), or(this.publishedOn, page.publishedOn()),
					or(this.language, page.language()), page.text(), this.notes, null);
		}
		List<Unprocessable.FieldError> missing = new ArrayList<>();
		if (request.body() == null || request.body().isBlank()) {
			missing.add(new Unprocessable.FieldError("body", "must not be blank (or send the page as html)"));
		}
		if (request.title() == null || request.title().isBlank()) {
			missing.add(new Unprocessable.FieldError("title",
					"must not be blank" + ((this.html != null) ? " (the page gives no title)" : "")));
		}
		if (request.language() == null || request.language().isBlank()) {
			missing.add(new Unprocessable.FieldError("language",
					"must not be blank" + ((this.html != null) ? " (the page gives no lang)" : "")));
		}
		if (!missing.isEmpty()) {
			throw new MergePatch.InvalidBody(missing);
		}
		return request;
	}

	private static MergePatch.InvalidBody invalid(String field, String message) {
		return new MergePatch.InvalidBody(List.of(new Unprocessable.FieldError(field, message)));
	}

	private static <T> T or(T given, T fromPage) {
		return (given != null) ? given : fromPage;
	}

}
