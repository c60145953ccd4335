package org.parley.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.parley.actor.Actor;
import org.parley.actor.Actors;
import org.parley.article.Article;
import org.parley.article.Articles;
import org.parley.common.Conflict;
import org.parley.common.Disagreements;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;
import org.parley.issue.Issue;
import org.parley.issue.Issues;
import org.parley.summit.Summit;
import org.parley.summit.SummitResponse;
import org.parley.summit.Summits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes statements. A statement is only stored where its text stands, exactly,
 * in its article's body.
 */
@Service
@Transactional(readOnly = true)
class StatementService {

	/** API sort property → entity path. */
	static final Map<String, String> SORTABLE = Map.of("statedOn", "statedOn", "speaker", "speaker.name", "kind",
			"kind", "id", "id");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("statedOn").nullsLast());

	private final StatementRepository statements;

	private final Actors actors;

	private final Articles articles;

	private final Summits summits;

	private final Issues issues;

	private final Disagreements disagreements;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final StatementReads reads;

	StatementService(StatementRepository statements, Actors actors, Articles articles, Summits summits, Issues issues,
			Disagreements disagreements, MergePatch mergePatch, HistoryService history, EntityManager entityManager,
			ApplicationEventPublisher events, StatementReads reads) {
		this.statements = statements;
		this.actors = actors;
		this.articles = articles;
		this.summits = summits;
		this.issues = issues;
		this.disagreements = disagreements;
		this.mergePatch = mergePatch;
		this.history = history;
		this.entityManager = entityManager;
		this.events = events;
		this.reads = reads;
	}

	/**
	 * A page of statements, read in SQL ({@link StatementReads}) in one statement, so
	 * outside a transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ListPage<StatementResponse> list(StatementFilter filter, Paging paging) {
		filter.requireDatesInOrder();
		return this.reads.list(filter, paging);
	}

	/** Statements of one actor; a 404 problem if the actor does not exist. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ListPage<StatementResponse> byActor(String actorSlug, Paging paging) {
		this.actors.requireExists(actorSlug);
		return list(StatementFilter.byActor(actorSlug), paging);
	}

	public StatementResponse get(long id) {
		return versioned(id).body();
	}

	public Versioned<StatementResponse> versioned(long id) {
		return versioned(find(id));
	}

	/** An article with the statements sourced from it, and the version of the article. */
	public Versioned<ArticleDetail> articleDetail(String slug) {
		Article a = this.articles.require(slug);
		return new Versioned<>(new ArticleDetail(a.getSlug(), a.getTitle(), a.getOutlet(), a.getUrl(),
				a.getPublishedOn(), a.getLanguage(), a.getSourceFile(), a.getSha256(), a.getNotes(), a.getBody(),
				inArticle(a.getId())), a.getVersion());
	}

	/**
	 * An event with the statements made there and the disagreements about it, and the
	 * version of the event.
	 */
	public Versioned<SummitDetail> summitDetail(String slug) {
		Summit summit = this.summits.require(slug);
		SummitResponse s = this.summits.describe(summit);
		List<StatementResponse> made = this.statements.findBySummitIdOrderByStatedOnAscIdAsc(summit.getId())
			.stream()
			.map(StatementMapper::toResponse)
			.toList();
		return new Versioned<>(new SummitDetail(s.slug(), s.title(), s.kind(), s.status(), s.startDate(), s.endDate(),
				s.location(), s.participants(), s.summary(), s.outcome(), s.sources(), s.sourceCount(), made,
				this.disagreements.aboutSummit(slug)), summit.getVersion());
	}

	/** Statements sourced from one article, in the order they appear in it. */
	private List<StatementResponse> inArticle(Long articleId) {
		return this.statements.findByArticleIdOrderByStartOffset(articleId)
			.stream()
			.map(StatementMapper::toResponse)
			.toList();
	}

	@Transactional
	public Versioned<StatementResponse> create(StatementRequest request) {
		Resolved r = resolve(request);
		Span span = Span.locate(r.article().getBody(), request.text(), request.start(), request.end(), null);
		refuseDuplicate(r, span, null);
		Statement statement = new Statement(r.speaker(), request.text(), request.kind(), request.statedOn(), r.summit(),
				request.howSaid(), r.article(), span.start(), span.end(), r.issues());
		return save(statement, () -> this.statements.saveAndFlush(statement));
	}

	@Transactional
	public Versioned<StatementResponse> replace(long id, StatementRequest request, IfMatch ifMatch) {
		Statement statement = find(id);
		ifMatch.check(statement.getVersion());
		Resolved r = resolve(request);
		Span current = (r.article() == statement.getArticle())
				? new Span(statement.getStartOffset(), statement.getEndOffset()) : null;
		Span span = Span.locate(r.article().getBody(), request.text(), request.start(), request.end(), current);
		refuseDuplicate(r, span, id);
		statement.update(r.speaker(), request.text(), request.kind(), request.statedOn(), r.summit(), request.howSaid(),
				r.article(), span.start(), span.end(), r.issues());
		return save(statement, () -> this.statements.saveAndFlush(statement));
	}

	/**
	 * Applies a merge patch to the current state. A patch that changes the text or the
	 * article without naming offsets lets the server find the text again.
	 */
	@Transactional
	public Versioned<StatementResponse> patch(long id, String patch, IfMatch ifMatch) {
		Statement statement = find(id);
		ifMatch.check(statement.getVersion());
		StatementRequest current = StatementRequest.of(statement);
		StatementRequest patched = this.mergePatch.apply(current, patch, StatementRequest.class);
		boolean moved = !Objects.equals(patched.text(), current.text())
				|| !Objects.equals(patched.article(), current.article());
		boolean offsetsKept = Objects.equals(patched.start(), current.start())
				&& Objects.equals(patched.end(), current.end());
		return replace(id, (moved && offsetsKept) ? patched.withoutOffsets() : patched, ifMatch);
	}

	/**
	 * Deletes a statement no position cites as evidence; a 409 problem otherwise. With
	 * {@code cascade} the evidence links go too, unless a position would be left without
	 * evidence (see {@link StatementsDeleting}).
	 */
	@Transactional
	public void delete(long id, IfMatch ifMatch, boolean cascade) {
		Statement statement = find(id);
		ifMatch.check(statement.getVersion());
		this.events.publishEvent(new StatementsDeleting(List.of(id), cascade));
		this.statements.delete(statement);
		flush(() -> this.statements.flush(), id);
	}

	/** Every revision of the statement with this id, also after it was deleted. */
	public List<HistoryEntry<StatementState>> history(long id) {
		List<HistoryEntry<StatementState>> entries = this.history.byId(Statement.class, id, StatementMapper::toState);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("statement", id);
		}
		return entries;
	}

	/**
	 * Creates a deleted statement anew from its last state; it gets a new id. A 409
	 * problem if it exists, or if the same statement was stored again since.
	 */
	@Transactional
	public Versioned<StatementResponse> restore(long id) {
		if (this.statements.existsById(id)) {
			throw new Conflict("Statement " + id + " exists; only a deleted statement can be restored", path(id));
		}
		List<HistoryEntry<StatementRequest>> revisions = this.history.byId(Statement.class, id,
				StatementMapper::toRestorable);
		if (revisions.isEmpty() || revisions.get(revisions.size() - 1).change() != HistoryEntry.Change.DELETED) {
			throw ResourceNotFound.of("deleted statement", id);
		}
		return create(revisions.get(revisions.size() - 1).state());
	}

	private Statement find(long id) {
		return this.statements.findById(id).orElseThrow(() -> ResourceNotFound.of("statement", id));
	}

	private Versioned<StatementResponse> versioned(Statement statement) {
		return new Versioned<>(StatementMapper.toResponse(statement), statement.getVersion());
	}

	/** Saves, then reads back what the database computed (the source count). */
	private Versioned<StatementResponse> save(Statement statement, Runnable saveAndFlush) {
		try {
			saveAndFlush.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw refused(ex);
		}
		this.entityManager.refresh(statement);
		return versioned(statement);
	}

	private void flush(Runnable flush, long id) {
		try {
			flush.run();
		}
		catch (DataIntegrityViolationException ex) {
			throw new Conflict("Statement " + id + " is referenced by a record stored meanwhile; GET it and retry",
					path(id));
		}
	}

	/**
	 * What the database refused, said in the API's terms. The span check in the database
	 * (trigger statement_span_check) is the last line of defence behind {@link Span}: it
	 * counts characters where Java counts UTF-16 code units, so they differ after a
	 * character outside the Basic Multilingual Plane (an emoji, say).
	 */
	private static RuntimeException refused(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		if ("23514".equals(state)) {
			return new Unprocessable(List.of(new Unprocessable.FieldError("start",
					"the database could not verify that the article's body reproduces the text at [start, end); "
							+ "offsets count UTF-16 code units, which differ from characters after a character "
							+ "such as an emoji"),
					new Unprocessable.FieldError("end", "see start")));
		}
		return new Conflict("A record this statement names was changed or deleted meanwhile; retry", null);
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private void refuseDuplicate(Resolved r, Span span, Long self) {
		List<Long> same = this.statements.findSame(r.speaker(), r.article(), span.start(), span.end(), self);
		if (!same.isEmpty()) {
			throw new Conflict("Statement " + same.get(0) + " already records these words of " + r.speaker().getSlug()
					+ " at [" + span.start() + ", " + span.end() + ") of this article", path(same.get(0)));
		}
	}

	/**
	 * The records a request names, each checked; every unknown one is a 422 naming its
	 * field (the body refers to something missing, the path resource exists).
	 */
	private Resolved resolve(StatementRequest request) {
		List<Unprocessable.FieldError> errors = new ArrayList<>();
		Actor speaker = (request.speaker() != null) ? this.actors.find(request.speaker()).orElse(null) : null;
		if (speaker == null) {
			errors.add(unknown("speaker", "actor", request.speaker()));
		}
		Summit summit = null;
		if (request.summit() != null) {
			summit = this.summits.find(request.summit()).orElse(null);
			if (summit == null) {
				errors.add(unknown("summit", "summit", request.summit()));
			}
		}
		Article article = (request.article() != null) ? this.articles.findForShare(request.article()).orElse(null)
				: null;
		if (article == null) {
			errors.add(unknown("article", "article", request.article()));
		}
		List<String> codes = (request.issues() != null) ? request.issues() : List.of();
		Map<String, Issue> found = new java.util.HashMap<>();
		if (!codes.isEmpty()) {
			this.issues.findAll(codes).forEach((i) -> found.put(i.getCode(), i));
		}
		Set<Issue> issues = new LinkedHashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			Issue issue = found.get(codes.get(i));
			if (issue == null) {
				errors.add(unknown("issues[" + i + "]", "issue", codes.get(i)));
			}
			else {
				issues.add(issue);
			}
		}
		if (!errors.isEmpty()) {
			throw new Unprocessable(errors);
		}
		return new Resolved(speaker, summit, article, issues);
	}

	/**
	 * A request naming a record that does not exist (null: deleted, in a restored state).
	 */
	private static Unprocessable.FieldError unknown(String field, String kind, String value) {
		return new Unprocessable.FieldError(field,
				(value != null) ? "names no " + kind + ": '" + value + "'" : "names a " + kind + " that was deleted");
	}

	private static String path(long id) {
		return "/api/v1/statements/" + id;
	}

	private record Resolved(Actor speaker, Summit summit, Article article, Set<Issue> issues) {
	}

}
