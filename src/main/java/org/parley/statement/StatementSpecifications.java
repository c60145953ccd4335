package org.parley.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.issue.Issue;
import org.parley.summit.Summit;

import org.springframework.data.jpa.domain.Specification;

final class StatementSpecifications {

	private StatementSpecifications() {
	}

	/**
	 * The statements a filter asks for. Records named by slug or code are compared by id
	 * through a scalar subquery, so that PostgreSQL can walk an index in list order
	 * ({@code (speaker_id, stated_on, id)}) rather than join and sort every match.
	 */
	static Specification<Statement> matching(StatementFilter filter) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.actor() != null) {
				predicates.add(cb.equal(root.get("speaker"), bySlug(query, cb, Actor.class, filter.actor())));
			}
			if (filter.summit() != null) {
				predicates.add(cb.equal(root.get("summit"), bySlug(query, cb, Summit.class, filter.summit())));
			}
			if (filter.article() != null) {
				predicates.add(cb.equal(root.get("article"), bySlug(query, cb, Article.class, filter.article())));
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
				Subquery<Long> issueId = query.subquery(Long.class);
				Root<Issue> issue = issueId.from(Issue.class);
				issueId.select(issue.get("id")).where(cb.equal(issue.get("code"), filter.issue()));
				Subquery<Integer> touching = query.subquery(Integer.class);
				Root<Statement> self = touching.correlate(root);
				Join<Statement, Issue> touched = self.join("issues");
				touching.select(cb.literal(1)).where(cb.equal(touched.get("id"), issueId));
				predicates.add(cb.exists(touching));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The record of this type with this slug, as a scalar subquery. */
	private static <T> Subquery<T> bySlug(CommonAbstractCriteria query, CriteriaBuilder cb, Class<T> type,
			String slug) {
		Subquery<T> record = query.subquery(type);
		Root<T> root = record.from(type);
		return record.select(root).where(cb.equal(root.get("slug"), slug));
	}

}
