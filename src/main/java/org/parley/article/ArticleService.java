package org.parley.article;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.parley.common.Conflict;
import org.parley.common.Constraints;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.References;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes articles. An article's body is what statement offsets index into, so a
 * new body must keep in place whatever quotes it: the features that quote articles check
 * that on {@link ArticleBodyChanging}, and decide on {@link ArticleDeleting} what a
 * deletion does to what cites the article.
 */
@Service
@Transactional(readOnly = true)
class ArticleService {

	static final Map<String, String> SORTABLE = Map.of("slug", "slug", "title", "title", "publishedOn", "publishedOn",
			"sourceFile", "sourceFile");

	private final ArticleRepository articles;

	private final EntityManager entityManager;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final ApplicationEventPublisher events;

	ArticleService(ArticleRepository articles, MergePatch mergePatch, HistoryService history,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.articles = articles;
		this.entityManager = entityManager;
		this.mergePatch = mergePatch;
		this.history = history;
		this.events = events;
	}

	public ListPage<ArticleSummary> list(Paging paging) {
		return Listing
			.of(this.entityManager, Article.class, null, paging.toSort(SORTABLE, Sort.by("sourceFile", "slug"), "id"))
			.page(paging, ArticleSummary::of);
	}

	@Transactional
	public Versioned<ArticleResponse> create(ArticleRequest request) {
		return create(request, null);
	}

	@Transactional
	public Versioned<ArticleResponse> replace(String slug, ArticleRequest sent, IfMatch ifMatch) {
		Article article = this.articles.findLockedBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
		ifMatch.check(article.getVersion());
		ArticleRequest request = sent.resolved();
		if (request.slug() != null && !request.slug().equals(slug)) {
			throw Unprocessable.field("slug",
					"cannot change (it is '" + slug + "'); statements and links name the article by it");
		}
		if (!request.body().equals(article.getBody())) {
			refuseDuplicateBody(request.body(), slug);
			checkQuotesSurvive(article, request.body());
		}
		article.update(request.title(), request.outlet(), request.url(), request.publishedOn(), request.language(),
				request.body(), request.notes());
		save(article, slug);
		return versioned(article);
	}

	@Transactional
	public Versioned<ArticleResponse> patch(String slug, String patch, IfMatch ifMatch) {
		Article article = find(slug);
		ifMatch.check(article.getVersion());
		return replace(slug, this.mergePatch.apply(ArticleRequest.of(article), patch, ArticleRequest.class), ifMatch);
	}

	/**
	 * Deletes an article nothing cites; a 409 problem naming what cites it otherwise.
	 * With {@code cascade}, the features citing it remove or unlink what cites it (see
	 * {@link ArticleDeleting}), or refuse with a 409 for what they must keep.
	 */
	@Transactional
	public void delete(String slug, IfMatch ifMatch, boolean cascade) {
		Article article = this.articles.findLockedBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
		ifMatch.check(article.getVersion());
		References references = new References();
		this.events.publishEvent(new ArticleDeleting(article.getId(), slug, false, references));
		if (!references.isEmpty()) {
			if (!cascade) {
				throw new Conflict("Article '" + slug + "' is cited by " + references.describe()
						+ "; delete with cascade=true to delete its statements and evidence and unlink the summits",
						path(slug));
			}
			this.events.publishEvent(new ArticleDeleting(article.getId(), slug, true, new References()));
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

	private Versioned<ArticleResponse> create(ArticleRequest sent, String sourceFile) {
		ArticleRequest request = sent.resolved();
		if (request.slug() == null) {
			throw Unprocessable.field("slug", "is required when creating an article");
		}
		if (this.articles.existsBySlug(request.slug())) {
			throw new Conflict("An article with slug '" + request.slug() + "' exists", path(request.slug()));
		}
		refuseDuplicateBody(request.body(), null);
		Article article = Article.from(request, sourceFile);
		save(article, request.slug());
		this.events.publishEvent(new ArticleCreated(article.getId(), article.getSlug()));
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
	 * A new body must still print everything quoted from the article where it is quoted:
	 * a 422 naming {@code body} with every reason otherwise.
	 */
	private void checkQuotesSurvive(Article article, String body) {
		ArticleBodyChanging change = new ArticleBodyChanging(article.getId(), body);
		this.events.publishEvent(change);
		if (!change.errors().isEmpty()) {
			throw new Unprocessable(change.errors());
		}
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
			String constraint = Constraints.violated(ex);
			if ("article_slug_key".equals(constraint)) {
				throw new Conflict("An article with slug '" + slug + "' was stored meanwhile", path(slug));
			}
			if ("article_sha256_key".equals(constraint)) {
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

	private static String path(String slug) {
		return "/api/v1/articles/" + slug;
	}

}
