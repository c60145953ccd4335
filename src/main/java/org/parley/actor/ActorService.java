package org.parley.actor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.parley.common.Conflict;
import org.parley.common.Disagreements;
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
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes actors. Deleting one asks the features that refer to actors what still
 * does ({@link ActorDeleting}).
 */
@Service
@Transactional(readOnly = true)
class ActorService {

	static final Map<String, String> SORTABLE = Map.of("name", "name", "slug", "slug", "kind", "kind");

	static final Sort DEFAULT_SORT = Sort.by("name");

	private final ActorRepository actors;

	private final EntityManager entityManager;

	private final Disagreements disagreements;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final ApplicationEventPublisher events;

	ActorService(ActorRepository actors, Disagreements disagreements, MergePatch mergePatch, HistoryService history,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.actors = actors;
		this.entityManager = entityManager;
		this.disagreements = disagreements;
		this.mergePatch = mergePatch;
		this.history = history;
		this.events = events;
	}

	public ListPage<ActorResponse> list(ActorFilter filter, Paging paging) {
		return Listing
			.of(this.entityManager, Actor.class, ActorSpecifications.matching(filter, this.actors),
					paging.toSort(SORTABLE, DEFAULT_SORT, "id"), "affiliation")
			.page(paging, ActorMapper::toResponse);
	}

	public Versioned<ActorDetail> versioned(String slug) {
		Actor actor = find(slug);
		return new Versioned<>(ActorMapper.toDetail(actor, this.disagreements.aboutActor(slug)), actor.getVersion());
	}

	@Transactional
	public Versioned<ActorDetail> create(ActorRequest request) {
		if (request.slug() == null) {
			throw Unprocessable.field("slug", "is required when creating an actor");
		}
		if (this.actors.existsBySlug(request.slug())) {
			throw new Conflict("An actor with slug '" + request.slug() + "' exists",
					"/api/v1/actors/" + request.slug());
		}
		Actor actor = new Actor(request.slug());
		apply(actor, request);
		this.actors.saveAndFlush(actor);
		return new Versioned<>(ActorMapper.toDetail(actor, List.of()), actor.getVersion());
	}

	@Transactional
	public Versioned<ActorDetail> replace(String slug, ActorRequest request, IfMatch ifMatch) {
		Actor actor = find(slug);
		ifMatch.check(actor.getVersion());
		if (request.slug() != null && !request.slug().equals(slug)) {
			throw Unprocessable.field("slug", "cannot change (it is '" + slug + "'); create a new actor instead");
		}
		apply(actor, request);
		this.actors.saveAndFlush(actor);
		return versioned(slug);
	}

	@Transactional
	public Versioned<ActorDetail> patch(String slug, String patch, IfMatch ifMatch) {
		Actor actor = find(slug);
		ifMatch.check(actor.getVersion());
		return replace(slug, this.mergePatch.apply(ActorRequest.of(actor), patch, ActorRequest.class), ifMatch);
	}

	/**
	 * Deletes an actor nothing refers to; a 409 problem saying what still does otherwise.
	 */
	@Transactional
	public void delete(String slug, IfMatch ifMatch) {
		Actor actor = find(slug);
		ifMatch.check(actor.getVersion());
		References uses = new References();
		this.events.publishEvent(new ActorDeleting(actor.getId(), slug, uses));
		uses.add("affiliated actors", this.actors.countByAffiliationId(actor.getId()));
		uses.add("group memberships", this.actors.countMemberships(actor.getId()));
		if (!uses.isEmpty()) {
			throw new Conflict(
					"Actor '" + slug + "' is still referred to by " + uses.describe() + "; it cannot be deleted",
					"/api/v1/actors/" + slug);
		}
		this.actors.delete(actor);
	}

	/** Every revision of the actor with this slug, also after it was deleted. */
	public List<HistoryEntry<ActorResponse>> history(String slug) {
		List<HistoryEntry<ActorResponse>> entries = this.history.byProperty(Actor.class, "slug", slug,
				ActorMapper::toResponse);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("actor", slug);
		}
		return entries;
	}

	/**
	 * Brings a deleted actor back with its last state (references to deleted actors are
	 * dropped).
	 */
	@Transactional
	public Versioned<ActorDetail> restore(String slug) {
		if (this.actors.existsBySlug(slug)) {
			throw new Conflict("Actor '" + slug + "' exists; only a deleted actor can be restored",
					"/api/v1/actors/" + slug);
		}
		Actor last = this.history.lastDeleted(Actor.class, "slug", slug)
			.orElseThrow(() -> ResourceNotFound.of("deleted actor", slug));
		ActorRequest state = ActorRequest.of(last);
		Set<String> existing = this.actors
			.findBySlugIn(
					concat(state.members(), (state.affiliation() != null) ? List.of(state.affiliation()) : List.of()))
			.stream()
			.map(Actor::getSlug)
			.collect(Collectors.toSet());
		return create(new ActorRequest(state.slug(), state.name(), state.kind(), state.title(),
				existing.contains(state.affiliation()) ? state.affiliation() : null, state.aliases(),
				state.members().stream().filter(existing::contains).toList(), state.notes()));
	}

	/**
	 * Looks up the actors the request names (a 422 naming each unknown one) and hands
	 * them to the actor, which keeps its own rules.
	 */
	private void apply(Actor actor, ActorRequest request) {
		Actor affiliation = null;
		if (request.affiliation() != null) {
			affiliation = this.actors.findBySlug(request.affiliation())
				.orElseThrow(() -> Unprocessable.field("affiliation", "no actor '" + request.affiliation() + "'"));
		}
		List<String> memberSlugs = (request.members() != null) ? request.members() : List.of();
		Map<String, Actor> found = this.actors.findBySlugIn(memberSlugs)
			.stream()
			.collect(Collectors.toMap(Actor::getSlug, (a) -> a));
		List<Unprocessable.FieldError> missing = new ArrayList<>();
		for (int i = 0; i < memberSlugs.size(); i++) {
			if (!found.containsKey(memberSlugs.get(i))) {
				missing
					.add(new Unprocessable.FieldError("members[" + i + "]", "no actor '" + memberSlugs.get(i) + "'"));
			}
		}
		if (!missing.isEmpty()) {
			throw new Unprocessable(missing);
		}
		List<Actor> members = memberSlugs.stream().map(found::get).toList();
		Set<String> aliases = new LinkedHashSet<>((request.aliases() != null) ? request.aliases() : List.of());
		actor.update(request.name(), request.kind(), request.title(), affiliation, request.notes(), aliases, members);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private Actor find(String slug) {
		return this.actors.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("actor", slug));
	}

}
