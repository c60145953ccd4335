package org.parley.position;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

final class PositionSpecifications {

	private PositionSpecifications() {
	}

	static Specification<Position> matching(PositionFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.actor() != null) {
				predicates.add(cb.equal(root.get("actor").get("slug"), filter.actor()));
			}
			if (filter.issue() != null) {
				predicates.add(cb.equal(root.get("issue").get("code"), filter.issue()));
			}
			if (filter.current() != null) {
				Subquery<Long> successor = query.subquery(Long.class);
				Root<Position> next = successor.from(Position.class);
				successor.select(next.get("id")).where(cb.equal(next.get("supersedes"), root));
				predicates.add(filter.current() ? cb.not(cb.exists(successor)) : cb.exists(successor));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
