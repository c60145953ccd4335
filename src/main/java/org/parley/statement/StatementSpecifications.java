package org.parley.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

final class StatementSpecifications {

	private StatementSpecifications() {
	}

	static Specification<Statement> matching(StatementFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.actor() != null) {
				predicates.add(cb.equal(root.get("speaker").get("slug"), filter.actor()));
			}
			if (filter.summit() != null) {
				predicates.add(cb.equal(root.get("summit").get("slug"), filter.summit()));
			}
			if (filter.article() != null) {
				predicates.add(cb.equal(root.get("article").get("slug"), filter.article()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("statedOn"), filter.from()));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("statedOn"), filter.to()));
			}
			if (filter.issue() != null) {
				Subquery<Long> touching = query.subquery(Long.class);
				Root<Statement> other = touching.from(Statement.class);
				touching.select(other.get("id")).where(cb.equal(other.join("issues").get("code"), filter.issue()));
				predicates.add(root.get("id").in(touching));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
