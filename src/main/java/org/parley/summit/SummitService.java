package org.parley.summit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Actors;
import org.parley.article.Article;
import org.parley.article.Articles;
import org.parley.common.Conflict;
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
import org.parley.history.Revision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes negotiation events. Deleting one asks the features that refer to
 * events what to do first ({@link SummitDeleting}).
 */
@Service
@Transactional(readOnly = true)
class SummitService {

	static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate", "title", "title",
			"slug", "slug", "status", "status", "kind", "kind");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("startDate").nullsLast());

	private final SummitRepository summits;

	private final Actors actors;

	private final Articles articles;

	private final MergePatch mergePatch;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	SummitService(SummitRepository summits, Actors actors, Articles articles, MergePatch mergePatch,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.summits = summits;
		this.actors = actors;
		this.articles = articles;
		this.mergePatch = mergePatch;
		this.entityManager = entityManager;
		this.events = events;
	}

	public ListPage<SummitResponse> list(SummitFilter filter, Paging paging) {
		filter.requireDatesInOrder();
		return Listing
			.of(this.entityManager, Summit.class, SummitSpecifications.matching(filter),
					paging.toSort(SORTABLE, DEFAULT_SORT, "id"))
			.page(paging, SummitMapper::toResponse);
	}

	@Transactional
	public Versioned<SummitResponse> create(SummitRequest request) {
		if (request.slug() == null) {
			throw Unprocessable.field("slug", "is required when creating a summit");
		}
		if (this.summits.existsBySlug(request.slug())) {
			throw duplicate(request.slug());
		}
		Linked linked = resolve(request);
		Summit summit = new Summit(request.slug());
		apply(summit, request, linked);
		try {
			this.summits.saveAndFlush(summit);
		}
		catch (DataIntegrityViolationException ex) {
			// another request created the same slug since the check above
			throw duplicate(request.slug());
		}
		return current(summit);
	}

	@Transactional
	public Versioned<SummitResponse> replace(String slug, SummitRequest request, IfMatch ifMatch) {
		Summit summit = find(slug);
		ifMatch.check(summit.getVersion());
		if (request.slug() != null && !request.slug().equals(slug)) {
			throw Unprocessable.field("slug", "cannot change (it is '" + slug + "'); create a new summit instead");
		}
		apply(summit, request, resolve(request));
		this.summits.saveAndFlush(summit);
		return current(summit);
	}

	@Transactional
	public Versioned<SummitResponse> patch(String slug, String patch, IfMatch ifMatch) {
		Summit summit = find(slug);
		ifMatch.check(summit.getVersion());
		return replace(slug, this.mergePatch.apply(SummitRequest.of(summit), patch, SummitRequest.class), ifMatch);
	}

	/**
	 * Deletes an event. While statements name it as where they were made, a 409 problem,
	 * unless {@code cascade}: then those statements stay, no longer linked to an event
	 * (see {@link SummitDeleting}).
	 */
	@Transactional
	public void delete(String slug, IfMatch ifMatch, boolean cascade) {
		Summit summit = find(slug);
		ifMatch.check(summit.getVersion());
		References uses = new References();
		this.events.publishEvent(new SummitDeleting(summit.getId(), slug, false, uses));
		if (!uses.isEmpty()) {
			if (!cascade) {
				throw new Conflict(
						"Summit '" + slug + "' is where " + uses.describe()
								+ " were made; delete with cascade=true to keep them unlinked from it",
						"/api/v1/summits/" + slug);
			}
			this.events.publishEvent(new SummitDeleting(summit.getId(), slug, true, new References()));
		}
		this.summits.delete(summit);
		this.summits.flush();
	}

	/** Every revision of the event with this slug, also after it was deleted. */
	public List<HistoryEntry<SummitResponse>> history(String slug) {
		List<HistoryEntry<SummitResponse>> entries = revisions(slug, SummitMapper::toHistoricResponse);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("summit", slug);
		}
		return entries;
	}

	/**
	 * Brings a deleted event back with its last state: fields, participants and sources.
	 * Statements unlinked by a cascading delete stay unlinked.
	 */
	@Transactional
	public Versioned<SummitResponse> restore(String slug) {
		if (this.summits.existsBySlug(slug)) {
			throw new Conflict("Summit '" + slug + "' exists; only a deleted summit can be restored",
					"/api/v1/summits/" + slug);
		}
		List<HistoryEntry<SummitRequest>> entries = revisions(slug, SummitRequest::of);
		if (entries.size() < 2 || entries.get(entries.size() - 1).change() != HistoryEntry.Change.DELETED) {
			throw ResourceNotFound.of("deleted summit", slug);
		}
		return create(entries.get(entries.size() - 1).state());
	}

	/**
	 * Every revision of the events with this slug, oldest first, each with the event's
	 * state then. Not the history service's generic reading: participants are rows of
	 * their own, so a revision may change only them, and Envers no longer finds them for
	 * a deleted event. A deletion shows the state the event had when deleted.
	 */
	private <S> List<HistoryEntry<S>> revisions(String slug,
			BiFunction<Summit, List<SummitResponse.Participant>, S> mapper) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<HistoryEntry<S>> entries = new ArrayList<>();
		S previous = null;
		for (Object[] row : this.summits.findRevisions(slug)) {
			long id = ((Number) row[0]).longValue();
			long number = ((Number) row[1]).longValue();
			int type = ((Number) row[2]).intValue();
			Revision revision = reader.findRevision(Revision.class, number);
			HistoryEntry.Change change = switch (type) {
				case 0 -> HistoryEntry.Change.CREATED;
				case 2 -> HistoryEntry.Change.DELETED;
				default -> HistoryEntry.Change.UPDATED;
			};
			S state = previous;
			if (change != HistoryEntry.Change.DELETED) {
				state = mapper.apply(reader.find(Summit.class, id, number), participantsAt(id, number));
			}
			entries.add(new HistoryEntry<>(number, revision.getCreatedAt(), revision.getApiKeyId(), change, state));
			previous = state;
		}
		return entries;
	}

	private List<SummitResponse.Participant> participantsAt(long summitId, long revision) {
		List<Object[]> rows = this.summits.findParticipantsAt(summitId, revision);
		Map<Long, Actor> actors = this.actors
			.findAllById(rows.stream().map((r) -> ((Number) r[0]).longValue()).toList())
			.stream()
			.collect(Collectors.toMap(Actor::getId, Function.identity()));
		return rows.stream()
			.map((r) -> new SummitResponse.Participant(ActorRef.of(actors.get(((Number) r[0]).longValue())),
					ParticipantRole.valueOf((String) r[1])))
			.sorted(Comparator.comparing(SummitResponse.Participant::role).thenComparing((p) -> p.actor().slug()))
			.toList();
	}

	private void apply(Summit summit, SummitRequest request, Linked linked) {
		SummitRequest.Location location = request.location();
		boolean fields = summit.update(request.title(), request.kind(), request.status(), request.startDate(),
				request.endDate(), (location != null) ? location.name() : null,
				(location != null) ? location.latitude() : null, (location != null) ? location.longitude() : null,
				request.summary(), request.outcome());
		boolean participants = summit.replaceParticipants(linked.participants());
		boolean sources = summit.replaceSources(linked.sources());
		if (summit.getId() != null && !fields && (participants || sources)) {
			// Participants are rows of their own and sources a join table: changing only
			// them leaves the event's row alone, but it is a new version of the event
			this.entityManager.lock(summit, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
	}

	/** The written event as now stored, with derived values (source count) reloaded. */
	private Versioned<SummitResponse> current(Summit summit) {
		this.entityManager.refresh(summit);
		return new Versioned<>(SummitMapper.toResponse(summit), summit.getVersion());
	}

	/**
	 * Looks up the actors and articles a request names; a 422 problem naming each unknown
	 * or repeated one by its path.
	 */
	private Linked resolve(SummitRequest request) {
		List<SummitRequest.Participant> participants = request.participantsOrEmpty();
		List<String> sources = request.sourcesOrEmpty();
		Map<String, Actor> actors = this.actors
			.findAll(participants.stream().map(SummitRequest.Participant::actor).toList())
			.stream()
			.collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		Map<String, Article> articles = this.articles.findAll(sources)
			.stream()
			.collect(Collectors.toMap(Article::getSlug, Function.identity()));
		List<Unprocessable.FieldError> errors = new ArrayList<>();
		Map<Actor, ParticipantRole> roles = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			SummitRequest.Participant p = participants.get(i);
			Actor actor = actors.get(p.actor());
			if (actor == null) {
				errors.add(new Unprocessable.FieldError("participants[" + i + "].actor",
						"names no actor ('" + p.actor() + "')"));
			}
			else if (!seen.add(p.actor())) {
				errors.add(new Unprocessable.FieldError("participants[" + i + "].actor",
						"lists '" + p.actor() + "' a second time; an actor takes part once, in one role"));
			}
			else {
				roles.put(actor, p.role());
			}
		}
		Set<Article> sourceArticles = new LinkedHashSet<>();
		for (int i = 0; i < sources.size(); i++) {
			Article article = articles.get(sources.get(i));
			if (article == null) {
				errors.add(new Unprocessable.FieldError("sources[" + i + "]",
						"names no article ('" + sources.get(i) + "')"));
			}
			else {
				sourceArticles.add(article);
			}
		}
		if (!errors.isEmpty()) {
			throw new Unprocessable(errors);
		}
		return new Linked(roles, sourceArticles);
	}

	private static Conflict duplicate(String slug) {
		return new Conflict("A summit with slug '" + slug + "' exists", "/api/v1/summits/" + slug);
	}

	private Summit find(String slug) {
		return this.summits.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("summit", slug));
	}

	/** The entities a write links to. */
	private record Linked(Map<Actor, ParticipantRole> participants, Set<Article> sources) {
	}

}
