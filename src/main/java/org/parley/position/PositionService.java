package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Actors;
import org.parley.article.Article;
import org.parley.article.Articles;
import org.parley.common.Conflict;
import org.parley.common.IfMatch;
import org.parley.common.InvalidParameter;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;
import org.parley.issue.Issue;
import org.parley.issue.IssueRef;
import org.parley.issue.Issues;
import org.parley.statement.Statement;
import org.parley.statement.Statements;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes positions and their history. */
@Service
@Transactional(readOnly = true)
class PositionService {

	/**
	 * API sort property → entity path. The issue's code and the actor's name are read
	 * from the position's own copies (V18), which an index holds in list order.
	 */
	static final Map<String, String> SORTABLE = Map.of("validFrom", "validFrom", "actor", "actorName", "issue",
			"issueCode", "stance", "stance", "id", "id");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("issueCode"), Sort.Order.asc("actorName"),
			Sort.Order.asc("validFrom").nullsFirst());

	private final PositionRepository positions;

	private final Actors actors;

	private final Issues issues;

	private final Articles articles;

	private final Statements statements;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final EntityManager entityManager;

	PositionService(PositionRepository positions, Actors actors, Issues issues, Articles articles,
			Statements statements, MergePatch mergePatch, HistoryService history, EntityManager entityManager) {
		this.positions = positions;
		this.actors = actors;
		this.issues = issues;
		this.articles = articles;
		this.statements = statements;
		this.mergePatch = mergePatch;
		this.history = history;
		this.entityManager = entityManager;
	}

	public ListPage<PositionResponse> list(PositionFilter filter, Paging paging) {
		return Listing
			.of(this.entityManager, Position.class, PositionSpecifications.matching(filter),
					paging.toSort(SORTABLE, DEFAULT_SORT, "id"), "actor", "issue")
			.page(paging, PositionMapper::toResponse);
	}

	/**
	 * Positions of one actor, current and past; a 404 problem if the actor does not
	 * exist.
	 */
	public ListPage<PositionResponse> byActor(String actorSlug, Boolean current, Paging paging) {
		this.actors.requireExists(actorSlug);
		return list(new PositionFilter(actorSlug, null, current), paging);
	}

	/** An issue with the positions in force on it, and the version of the issue. */
	public Versioned<IssueDetail> issueDetail(String code) {
		Issue issue = this.issues.require(code);
		return new Versioned<>(new IssueDetail(issue.getCode(), issue.getName(), issue.getQuestion(),
				issue.getDescription(), List.copyOf(issue.getTerms()), currentOnIssue(code)), issue.getVersion());
	}

	/** The positions in force on one issue, one per actor. */
	private List<PositionResponse> currentOnIssue(String issueCode) {
		return this.positions
			.findAll(PositionSpecifications.matching(PositionFilter.currentOnIssue(issueCode)),
					Sort.by("actor.name", "id"))
			.stream()
			.map(PositionMapper::toResponse)
			.toList();
	}

	/** The stance of every actor on every issue in force on a date. */
	/**
	 * The stances in force on a date for one page of actors (by name) who hold one,
	 * optionally on one issue or for one actor: the work is bounded by the page, not by
	 * the number of positions.
	 */
	public PositionMatrix matrix(LocalDate asOf, String issue, String actor, Paging paging) {
		ListPage<Actor> holders = Listing
			.of(this.entityManager, Actor.class, holdingAStance(asOf, issue, actor),
					paging.toSort(Map.of(), Sort.by("name"), "id"))
			.uncounted()
			.page(paging, (a) -> a);
		List<PositionResponse> cells = holders.content().isEmpty() ? List.of()
				: this.positions.findInForceOn(asOf, holders.content(), issue)
					.stream()
					.map(PositionMapper::toResponse)
					.toList();
		List<ActorRef> actors = holders.content().stream().map(ActorRef::of).toList();
		List<IssueRef> issues = cells.stream()
			.map(PositionResponse::issue)
			.distinct()
			.sorted(Comparator.comparing(IssueRef::code))
			.toList();
		return new PositionMatrix(asOf, actors, issues, cells, holders.page());
	}

	/** Actors with a stance in force on the date (on the issue, if given). */
	private static Specification<Actor> holdingAStance(LocalDate asOf, String issue, String actor) {
		return (root, query, cb) -> {
			Subquery<Long> held = query.subquery(Long.class);
			Root<Position> p = held.from(Position.class);
			Subquery<Long> successor = held.subquery(Long.class);
			Root<Position> next = successor.from(Position.class);
			successor.select(next.get("id"))
				.where(cb.equal(next.get("supersedes"), p),
						cb.or(cb.isNull(next.get("validFrom")), cb.lessThanOrEqualTo(next.get("validFrom"), asOf)));
			List<Predicate> inForce = new ArrayList<>(List.of(cb.equal(p.get("actor"), root),
					cb.or(cb.isNull(p.get("validFrom")), cb.lessThanOrEqualTo(p.get("validFrom"), asOf)),
					cb.not(cb.exists(successor))));
			if (issue != null) {
				// By id through a scalar subquery: an index range on (actor_id,
				// issue_id).
				Subquery<Issue> named = held.subquery(Issue.class);
				Root<Issue> i = named.from(Issue.class);
				named.select(i).where(cb.equal(i.get("code"), issue));
				inForce.add(cb.equal(p.get("issue"), named));
			}
			held.select(p.get("id")).where(inForce.toArray(Predicate[]::new));
			Predicate holding = cb.exists(held);
			return (actor != null) ? cb.and(holding, cb.equal(root.get("slug"), actor)) : holding;
		};
	}

	/** Every change of stance, oldest first, optionally within dates (inclusive). */
	public ListPage<PositionShift> shifts(ShiftFilter filter, Paging paging) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
		Specification<Position> shifted = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>(List.of(cb.isNotNull(root.get("supersedes"))));
			if (filter.actor() != null) {
				predicates.add(cb.equal(root.get("actor").get("slug"), filter.actor()));
			}
			if (filter.issue() != null) {
				predicates.add(cb.equal(root.get("issue").get("code"), filter.issue()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("validFrom"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("validFrom"), filter.to()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return Listing
			.of(this.entityManager, Position.class, shifted,
					paging.toSort(Map.of(), Sort.by(Sort.Order.asc("validFrom").nullsLast()), "id"), "actor", "issue",
					"supersedes")
			.page(paging, PositionMapper::toShift);
	}

	public PositionDetail get(long id) {
		return versioned(id).body();
	}

	/** One position with its chain, and the version of that position. */
	public Versioned<PositionDetail> versioned(long id) {
		Position position = find(id);
		List<PositionResponse> history = this.positions
			.findHistory(position.getActor().getId(), position.getIssue().getId())
			.stream()
			.map(PositionMapper::toResponse)
			.toList();
		return new Versioned<>(new PositionDetail(PositionMapper.toResponse(position), history), position.getVersion());
	}

	/**
	 * Records a position. If the actor already has a current position on the issue, the
	 * new one supersedes it: the old one stays, no longer current.
	 */
	@Transactional
	public Versioned<PositionResponse> create(PositionRequest request) {
		List<Unprocessable.FieldError> missing = new ArrayList<>();
		if (request.actor() == null) {
			missing.add(new Unprocessable.FieldError("actor", "is required when creating a position"));
		}
		if (request.issue() == null) {
			missing.add(new Unprocessable.FieldError("issue", "is required when creating a position"));
		}
		if (!missing.isEmpty()) {
			throw new Unprocessable(missing);
		}
		Actor actor = this.actors.find(request.actor())
			.orElseThrow(() -> Unprocessable.field("actor", "names no actor ('" + request.actor() + "')"));
		Issue issue = this.issues.find(request.issue())
			.orElseThrow(() -> Unprocessable.field("issue", "names no issue ('" + request.issue() + "')"));
		Optional<Position> current = this.positions.findCurrent(actor, issue);
		return insert(actor, issue, current, request);
	}

	@Transactional
	public Versioned<PositionResponse> replace(long id, PositionRequest request, IfMatch ifMatch) {
		Position position = find(id);
		ifMatch.check(position.getVersion());
		List<Unprocessable.FieldError> fixed = new ArrayList<>();
		if (request.actor() != null && !request.actor().equals(position.getActor().getSlug())) {
			fixed.add(new Unprocessable.FieldError("actor", "cannot change (it is '" + position.getActor().getSlug()
					+ "'); create a position for the other actor instead"));
		}
		if (request.issue() != null && !request.issue().equals(position.getIssue().getCode())) {
			fixed.add(new Unprocessable.FieldError("issue", "cannot change (it is '" + position.getIssue().getCode()
					+ "'); create a position on the other issue instead"));
		}
		if (!fixed.isEmpty()) {
			throw new Unprocessable(fixed);
		}
		Evidence evidence = resolve(request.evidence());
		boolean fields = position.revise(request.stance(), request.summary(), request.validFrom());
		this.positions.findSuccessor(position).ifPresent(position::checkBefore);
		if (position.replaceEvidence(evidence.statements(), evidence.articles()) && !fields) {
			// evidence rows are rows of their own: changing only them leaves the
			// position's row alone, but it is a new version of the position
			this.entityManager.lock(position, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		this.positions.saveAndFlush(position);
		return current(position);
	}

	@Transactional
	public Versioned<PositionResponse> patch(long id, String patch, IfMatch ifMatch) {
		Position position = find(id);
		ifMatch.check(position.getVersion());
		return replace(id, this.mergePatch.apply(PositionRequest.of(position), patch, PositionRequest.class), ifMatch);
	}

	/**
	 * Deletes the current position of a chain; the one it superseded (if any) is current
	 * again. A 409 problem for a position a later one supersedes.
	 */
	@Transactional
	public void delete(long id, IfMatch ifMatch) {
		Position position = find(id);
		ifMatch.check(position.getVersion());
		Optional<Position> successor = this.positions.findSuccessor(position);
		if (successor.isPresent()) {
			throw new Conflict(
					"Position " + id + " is superseded by position " + successor.get().getId()
							+ "; only the current position of an actor on an issue can be deleted",
					"/api/v1/positions/" + successor.get().getId());
		}
		this.positions.delete(position);
		this.positions.flush();
	}

	/** Every revision of the position with this id, also after it was deleted. */
	public List<HistoryEntry<PositionState>> history(long id) {
		List<HistoryEntry<PositionState>> entries = this.history.byId(Position.class, id, PositionMapper::toState);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("position", id);
		}
		return asDeleted(entries);
	}

	/**
	 * Records a deleted position again, as a new position with a new id and its last
	 * state. It must fit where it was: superseding the position it superseded, which must
	 * be current again, or, if it was the first, with the actor having no position on the
	 * issue. Otherwise the stance has moved on since, and restoring is a 409 problem.
	 */
	@Transactional
	public Versioned<PositionResponse> restore(long id) {
		if (this.positions.existsById(id)) {
			throw new Conflict("Position " + id + " exists; only a deleted position can be restored",
					"/api/v1/positions/" + id);
		}
		List<HistoryEntry<Snapshot>> entries = this.history.byId(Position.class, id,
				(p) -> new Snapshot(PositionRequest.of(p), p.getSupersedesId()));
		if (entries.size() < 2 || entries.get(entries.size() - 1).change() != HistoryEntry.Change.DELETED) {
			throw ResourceNotFound.of("deleted position", id);
		}
		Snapshot last = entries.get(entries.size() - 2).state();
		PositionRequest request = last.request();
		Actor actor = this.actors.find(request.actor())
			.orElseThrow(() -> Unprocessable.field("actor", "names no actor ('" + request.actor() + "') any more"));
		Issue issue = this.issues.find(request.issue())
			.orElseThrow(() -> Unprocessable.field("issue", "names no issue ('" + request.issue() + "') any more"));
		Optional<Position> current = this.positions.findCurrent(actor, issue);
		Long currentId = current.map(Position::getId).orElse(null);
		if (!Objects.equals(currentId, last.supersedesId())) {
			throw new Conflict(
					"The stance of '" + request.actor() + "' on '" + request.issue() + "' has moved on since position "
							+ id + " was deleted: it superseded "
							+ ((last.supersedesId() != null) ? "position " + last.supersedesId() : "nothing")
							+ ", but the current position is " + ((currentId != null) ? currentId : "none")
							+ "; create a new position instead",
					(currentId != null) ? "/api/v1/positions/" + currentId : null);
		}
		return insert(actor, issue, current, request);
	}

	private Versioned<PositionResponse> insert(Actor actor, Issue issue, Optional<Position> current,
			PositionRequest request) {
		Evidence evidence = resolve(request.evidence());
		Position position = current.map((c) -> c.supersede(request.stance(), request.summary(), request.validFrom()))
			.orElseGet(() -> new Position(actor, issue, request.stance(), request.summary(), request.validFrom()));
		position.replaceEvidence(evidence.statements(), evidence.articles());
		try {
			this.positions.saveAndFlush(position);
		}
		catch (DataIntegrityViolationException ex) {
			// another request added to the same chain since it was read
			throw new Conflict("The stance of '" + actor.getSlug() + "' on '" + issue.getCode()
					+ "' was changed by another request at the same time; read it again", null);
		}
		return current(position);
	}

	/** The written position as now stored, with derived values reloaded. */
	private Versioned<PositionResponse> current(Position position) {
		this.entityManager.refresh(position);
		return new Versioned<>(PositionMapper.toResponse(position), position.getVersion());
	}

	/** The statements and articles evidence names; a 422 problem naming each unknown. */
	private Evidence resolve(List<PositionRequest.Evidence> evidence) {
		Map<Long, Statement> statements = this.statements
			.findAllById(evidence.stream().map(PositionRequest.Evidence::statementId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Statement::getId, Function.identity()));
		Map<String, Article> articles = this.articles
			.findAll(evidence.stream().map(PositionRequest.Evidence::article).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Article::getSlug, Function.identity()));
		List<Unprocessable.FieldError> errors = new ArrayList<>();
		List<Statement> foundStatements = new ArrayList<>();
		List<Article> foundArticles = new ArrayList<>();
		for (int i = 0; i < evidence.size(); i++) {
			PositionRequest.Evidence e = evidence.get(i);
			if (e.statementId() != null) {
				Statement statement = statements.get(e.statementId());
				if (statement == null) {
					errors.add(new Unprocessable.FieldError("evidence[" + i + "].statementId",
							"names no statement (" + e.statementId() + ")"));
				}
				else {
					foundStatements.add(statement);
				}
			}
			else {
				Article article = articles.get(e.article());
				if (article == null) {
					errors.add(new Unprocessable.FieldError("evidence[" + i + "].article",
							"names no article ('" + e.article() + "')"));
				}
				else {
					foundArticles.add(article);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new Unprocessable(errors);
		}
		return new Evidence(foundStatements, foundArticles);
	}

	/**
	 * A deletion's revision no longer sees the evidence deleted with the position; show
	 * the position as it was when deleted, i.e. its previous state.
	 */
	private static <S> List<HistoryEntry<S>> asDeleted(List<HistoryEntry<S>> entries) {
		List<HistoryEntry<S>> result = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			HistoryEntry<S> entry = entries.get(i);
			if (entry.change() == HistoryEntry.Change.DELETED && i > 0) {
				entry = new HistoryEntry<>(entry.revision(), entry.at(), entry.by(), entry.change(),
						entries.get(i - 1).state());
			}
			result.add(entry);
		}
		return result;
	}

	private Position find(long id) {
		return this.positions.findById(id).orElseThrow(() -> ResourceNotFound.of("position", id));
	}

	/** The evidence a write names, found. */
	private record Evidence(List<Statement> statements, List<Article> articles) {
	}

	/** A past state of a position: as a request, and the position it superseded. */
	private record Snapshot(PositionRequest request, Long supersedesId) {
	}

}
