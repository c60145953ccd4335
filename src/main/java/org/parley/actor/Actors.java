package org.parley.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the actors: look them up to refer to them. */
@Component
@Transactional(readOnly = true)
public class Actors {

	private final ActorRepository actors;

	Actors(ActorRepository actors) {
		this.actors = actors;
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
