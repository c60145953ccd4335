package org.parley.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

final class ActorSpecifications {

	private ActorSpecifications() {
	}

	static Specification<Actor> matching(ActorFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String q = filter.q().trim();
				Expression<String> pattern = containing(cb, q);
				Expression<String> folded = fold(cb, cb.literal(q));
				Subquery<Long> byAlias = query.subquery(Long.class);
				Root<Actor> aliased = byAlias.from(Actor.class);
				Expression<String> alias = fold(cb, aliased.join("aliases"));
				byAlias.select(aliased.get("id"))
					.where(cb.or(cb.like(alias, pattern, '\\'), similar(cb, folded, alias)));
				// Matches by name as a subquery too, so that both are read through their
				// trigram
				// indexes rather than by folding every actor's name.
				Subquery<Long> byName = query.subquery(Long.class);
				Root<Actor> named = byName.from(Actor.class);
				Expression<String> name = fold(cb, named.get("name"));
				byName.select(named.get("id")).where(cb.or(cb.like(name, pattern, '\\'), similar(cb, folded, name)));
				predicates.add(cb.or(root.get("id").in(byName), root.get("id").in(byAlias)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * Spelling-tolerant match: {@code q <% text}, true when some word sequence of the
	 * text is trigram-similar to q (threshold {@code pg_trgm.word_similarity_threshold},
	 * set per connection).
	 */
	private static Predicate similar(CriteriaBuilder cb, Expression<String> q, Expression<String> text) {
		return cb.isTrue(cb.function("word_similar", Boolean.class, q, text));
	}

	/** {@code parley_fold(x)}: lower case without accents (see V1__schema.sql). */
	private static Expression<String> fold(CriteriaBuilder cb, Expression<String> value) {
		return cb.function("parley_fold", String.class, value);
	}

	private static Expression<String> containing(CriteriaBuilder cb, String text) {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return cb.concat(cb.concat("%", fold(cb, cb.literal(escaped))), "%");
	}

}
