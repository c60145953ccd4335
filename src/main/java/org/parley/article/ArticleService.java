package org.parley.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.parley.common.Conflict;
import org.parley.common.ETags;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;
import org.parley.statement.StatementResponse;
import org.parley.statement.StatementService;
import org.parley.summit.Summit;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes articles. An article's body is what statement offsets index into, so a
 * new body must keep every statement citing it in place.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	static final Map<String, String> SORTABLE = Map.of("slug", "slug", "title", "title", "publishedOn", "publishedOn",
			"sourceFile", "sourceFile");

	/** How many broken statements a 422 names at most. */
	private static final int LISTED = 20;

	private final ArticleRepository articles;

	private final StatementService statements;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final EntityManager entityManager;

	ArticleService(ArticleRepository articles, StatementService statements, MergePatch mergePatch,
			HistoryService history, EntityManager entityManager) {
		this.articles = articles;
		this.statements = statements;
		this.mergePatch = mergePatch;
		this.history = history;
		this.entityManager = entityManager;
	}

	public PagedModel<ArticleSummary> list(Paging paging) {
		return new PagedModel<>(
				this.articles.findSummaries(paging.toPageable(SORTABLE, Sort.by("sourceFile", "slug"), "id")));
	}

	public ArticleDetail get(String slug) {
		return versioned(slug).body();
	}

	/** The article with its statements, and the version the detail shows. */
	public Versioned<ArticleDetail> versioned(String slug) {
		Article a = find(slug);
		return new Versioned<>(new ArticleDetail(a.getSlug(), a.getTitle(), a.getOutlet(), a.getUrl(),
				a.getPublishedOn(), a.getLanguage(), a.getSourceFile(), a.getSha256(), a.getNotes(), a.getBody(),
				this.statements.inArticle(a.getId())), a.getVersion());
	}

	@Transactional
	public Versioned<ArticleResponse> create(ArticleRequest request) {
		return create(request, null);
	}

	@Transactional
	public Versioned<ArticleResponse> replace(String slug, ArticleRequest request, String ifMatch) {
		Article article = this.articles.findLockedBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
		ETags.check(ifMatch, article.getVersion());
		if (request.slug() != null && !request.slug().equals(slug)) {
			throw Unprocessable.field("slug",
					"cannot change (it is '" + slug + "'); statements and links name the article by it");
		}
		if (!request.body().equals(article.getBody())) {
			refuseDuplicateBody(request.body(), slug);
			checkCitationsSurvive(article, request.body());
		}
		article.update(request.title(), request.outlet(), request.url(), request.publishedOn(), request.language(),
				request.body(), request.notes());
		save(article, slug);
		return versioned(article);
	}

	@Transactional
	public Versioned<ArticleResponse> patch(String slug, String patch, String ifMatch) {
		Article article = find(slug);
		ETags.check(ifMatch, article.getVersion());
		return replace(slug, this.mergePatch.apply(ArticleRequest.of(article), patch, ArticleRequest.class), ifMatch);
	}

	/**
	 * Deletes an article nothing cites; a 409 problem otherwise. With {@code cascade},
	 * the statements sourced from it go too, with the position evidence citing them or
	 * the article, and summits stop listing it as a source; still a 409 if that would
	 * leave a position without evidence or while a discrepancy reading quotes the
	 * article.
	 */
	@Transactional
	public void delete(String slug, String ifMatch, boolean cascade) {
		Article article = this.articles.findLockedBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
		ETags.check(ifMatch, article.getVersion());
		ArticleRepository.Citations citations = this.articles.countCitations(article.getId());
		if (citations.total() > 0 && !cascade) {
			throw new Conflict(
					"Article '" + slug + "' is cited by " + describe(citations)
							+ "; delete with cascade=true to delete its statements and evidence and unlink the summits",
					path(slug));
		}
		if (citations.getDiscrepancySources() > 0) {
			throw new Conflict("Article '" + slug + "' is quoted by " + citations.getDiscrepancySources()
					+ " discrepancy readings, which cascade does not remove", path(slug));
		}
		List<Long> bare = this.articles.findPositionsOnlyCiting(article.getId());
		if (!bare.isEmpty()) {
			throw new Conflict(
					"Deleting article '" + slug + "' would leave positions "
							+ String.join(", ", bare.stream().map((id) -> "/api/v1/positions/" + id).toList())
							+ " without any evidence; give them other evidence or delete them first",
					"/api/v1/positions/" + bare.get(0));
		}
		this.articles.findEvidenceCiting(article.getId()).forEach(this.entityManager::remove);
		this.statements.deleteAllInArticle(article.getId());
		for (Summit summit : this.articles.findSummitsCiting(article.getId())) {
			summit.getSources().remove(article);
		}
		this.articles.delete(article);
		try {
			this.articles.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("Article '" + slug + "' was cited by a record stored meanwhile; retry", path(slug));
		}
	}

	/** Every revision of the article with this slug, also after it was deleted. */
	public List<HistoryEntry<ArticleResponse>> history(String slug) {
		List<HistoryEntry<ArticleResponse>> entries = this.history.byProperty(Article.class, "slug", slug,
				ArticleResponse::of);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("article", slug);
		}
		return entries;
	}

	/**
	 * Brings a deleted article back with its last state (not the statements deleted with
	 * it: restore those one by one).
	 */
	@Transactional
	public Versioned<ArticleResponse> restore(String slug) {
		if (this.articles.existsBySlug(slug)) {
			throw new Conflict("Article '" + slug + "' exists; only a deleted article can be restored", path(slug));
		}
		Article last = this.history.lastDeleted(Article.class, "slug", slug)
			.orElseThrow(() -> ResourceNotFound.of("deleted article", slug));
		return create(ArticleRequest.of(last), last.getSourceFile());
	}

	private Versioned<ArticleResponse> create(ArticleRequest request, String sourceFile) {
		if (request.slug() == null) {
			throw Unprocessable.field("slug", "is required when creating an article");
		}
		if (this.articles.existsBySlug(request.slug())) {
			throw new Conflict("An article with slug '" + request.slug() + "' exists", path(request.slug()));
		}
		refuseDuplicateBody(request.body(), null);
		Article article = Article.from(request, sourceFile);
		save(article, request.slug());
		return versioned(article);
	}

	/** The same text stored twice would be two sources where there is one: 409. */
	private void refuseDuplicateBody(String body, String self) {
		this.articles.findSlugBySha256(Article.sha256(body))
			.filter((existing) -> !existing.equals(self))
			.ifPresent((existing) -> {
				throw new Conflict("Article '" + existing + "' has the same body (same SHA-256)", path(existing));
			});
	}

	/**
	 * A new body must still print every statement citing the article at its offsets, and
	 * every excerpt a discrepancy reading quotes from it: a 422 naming {@code body}
	 * otherwise.
	 */
	private void checkCitationsSurvive(Article article, String body) {
		List<Unprocessable.FieldError> errors = new ArrayList<>();
		List<Long> broken = this.statements.inArticle(article.getId())
			.stream()
			.filter((s) -> !reproduces(body, s))
			.map(StatementResponse::id)
			.toList();
		if (!broken.isEmpty()) {
			errors.add(new Unprocessable.FieldError("body",
					broken.size() + ((broken.size() == 1) ? " statement cites" : " statements cite")
							+ " this article at offsets the new body no longer reproduces: "
							+ String.join(", ",
									broken.stream().limit(LISTED).map((id) -> "/api/v1/statements/" + id).toList())
							+ ((broken.size() > LISTED) ? ", ..." : "")
							+ "; change or delete them first, or keep their text at the same offsets"));
		}
		long excerpts = this.articles.countExcerptsMissingFrom(article.getId(), body);
		if (excerpts > 0) {
			errors.add(new Unprocessable.FieldError("body",
					excerpts + " discrepancy reading excerpts quoted from this article are not in the new body"));
		}
		if (!errors.isEmpty()) {
			throw new Unprocessable(errors);
		}
	}

	private static boolean reproduces(String body, StatementResponse statement) {
		int start = statement.source().start();
		int end = statement.source().end();
		return end <= body.length() && body.substring(start, end).equals(statement.text());
	}

	/**
	 * Writes and flushes, saying what the database refused (a slug or body stored at the
	 * same time by another request, a check) in the API's terms instead of a 500.
	 */
	private void save(Article article, String slug) {
		try {
			this.articles.saveAndFlush(article);
		}
		catch (DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("article_slug_key")) {
				throw new Conflict("An article with slug '" + slug + "' was stored meanwhile", path(slug));
			}
			if (message.contains("article_sha256_key")) {
				throw new Conflict("An article with the same body was stored meanwhile", null);
			}
			throw Unprocessable.field("", "the database refused the article: it breaks a rule of the schema");
		}
	}

	private Versioned<ArticleResponse> versioned(Article article) {
		return new Versioned<>(ArticleResponse.of(article), article.getVersion());
	}

	private Article find(String slug) {
		return this.articles.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
	}

	private static String describe(ArticleRepository.Citations c) {
		return c.getStatements() + " statements, " + c.getEvidence() + " position evidence links, "
				+ c.getSummitSources() + " summit sources and " + c.getDiscrepancySources() + " discrepancy readings";
	}

	private static String path(String slug) {
		return "/api/v1/articles/" + slug;
	}

}
