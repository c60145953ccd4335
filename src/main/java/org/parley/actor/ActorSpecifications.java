package org.parley.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

final class ActorSpecifications {

	private ActorSpecifications() {
	}

	/**
	 * The actors a filter asks for. For {@code q}, the ids of the actors whose name or an
	 * alias contains it or is spelled like it are looked up first, through the trigram
	 * indexes, so the list does not fold every actor's name.
	 */
	static Specification<Actor> matching(ActorFilter filter, ActorRepository actors) {
		List<Long> named = null;
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().trim();
			named = actors.findIdsNamedLike(q, q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
		}
		List<Long> ids = named;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (ids != null) {
				predicates.add(ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
