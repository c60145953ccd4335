package org.parley.summit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

final class SummitSpecifications {

	private SummitSpecifications() {
	}

	static Specification<Summit> matching(SummitFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.from() != null) {
				predicates.add(cb.or(cb.greaterThanOrEqualTo(root.get("endDate"), filter.from()),
						cb.and(cb.isNull(root.get("endDate")),
								cb.greaterThanOrEqualTo(root.get("startDate"), filter.from()))));
			}
			if (filter.to() != null) {
				predicates.add(cb.lessThanOrEqualTo(root.get("startDate"), filter.to()));
			}
			if (filter.actor() != null) {
				Subquery<Long> withActor = query.subquery(Long.class);
				Root<SummitParticipant> participant = withActor.from(SummitParticipant.class);
				withActor.select(participant.get("summit").get("id"))
					.where(cb.equal(participant.get("actor").get("slug"), filter.actor()));
				predicates.add(root.get("id").in(withActor));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
