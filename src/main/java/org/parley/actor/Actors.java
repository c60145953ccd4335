package org.parley.actor;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the actors: look them up to refer to them. */
@Component
@Transactional(readOnly = true)
public class Actors {

	private final ActorRepository actors;

	private final ActorService service;

	Actors(ActorRepository actors, ActorService service) {
		this.actors = actors;
		this.service = service;
	}

	/**
	 * The one actor whose name or an alias matches this name as {@code /actors?q=} does
	 * (ignoring case and accents, tolerant of spelling: "Frederik Merz" finds Friedrich
	 * Merz); empty when none or several do.
	 */
	public Optional<Actor> lookUp(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		List<Actor> found = this.actors
			.findAll(ActorSpecifications.matching(new ActorFilter(null, name), this.actors), PageRequest.of(0, 2))
			.getContent();
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** Every actor, with its aliases. */
	public List<Actor> all() {
		return this.actors.findAll(Sort.by("name"));
	}

	/**
	 * Records a new actor through the same rules as {@code POST /api/v1/actors}, under a
	 * slug made from the name (with a number added if that slug is taken).
	 */
	@Transactional
	public Actor create(String name, ActorKind kind, String title, List<String> aliases) {
		String base = slug(name);
		String slug = base;
		for (int n = 2; this.actors.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		this.service.create(new ActorRequest(slug, name, kind, title, null, aliases, List.of(), null));
		return this.actors.findBySlug(slug).orElseThrow();
	}

	/** {@code "Anna Kovalenko"} → {@code "anna-kovalenko"}, accents folded. */
	static String slug(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.isEmpty() ? "actor" : slug;
		return (slug.length() > 100) ? slug.substring(0, 100).replaceAll("-$", "") : slug;
	}

	public Optional<Actor> find(String slug) {
		return this.actors.findBySlug(slug);
	}

	/** The actors with these slugs (those that exist). */
	public List<Actor> findAll(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.actors.findBySlugIn(slugs);
	}

	/** The actors with these ids (those that exist). */
	public List<Actor> findAllById(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.actors.findAllById(ids);
	}

	/**
	 * Throws a {@link ResourceNotFound} (a 404 problem) unless an actor has this slug.
	 */
	public void requireExists(String slug) {
		if (!this.actors.existsBySlug(slug)) {
			throw ResourceNotFound.of("actor", slug);
		}
	}

}
