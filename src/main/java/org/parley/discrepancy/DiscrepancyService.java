package org.parley.discrepancy;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.parley.common.Disagreements;
import org.parley.common.DiscrepancyRef;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the disagreements between sources, and links the records they are about to them
 * ({@link Disagreements}).
 */
@Service
@Transactional(readOnly = true)
class DiscrepancyService implements Disagreements {

	static final Map<String, String> SORTABLE = Map.of("slug", "slug", "subjectType", "subjectType");

	private final DiscrepancyRepository discrepancies;

	private final EntityManager entityManager;

	DiscrepancyService(DiscrepancyRepository discrepancies, EntityManager entityManager) {
		this.discrepancies = discrepancies;
		this.entityManager = entityManager;
	}

	public ListPage<DiscrepancyResponse> list(DiscrepancySubject type, String key, Paging paging) {
		Specification<Discrepancy> about = (root, query, cb) -> cb.and(
				(type != null) ? cb.equal(root.get("subjectType"), type) : cb.conjunction(),
				(key != null) ? cb.equal(root.get("subjectKey"), key) : cb.conjunction());
		return Listing.of(this.entityManager, Discrepancy.class, about, paging.toSort(SORTABLE, Sort.by("slug"), "id"))
			.page(paging, DiscrepancyResponse::of);
	}

	public DiscrepancyResponse get(String slug) {
		return this.discrepancies.findBySlug(slug)
			.map(DiscrepancyResponse::of)
			.orElseThrow(() -> ResourceNotFound.of("discrepancy", slug));
	}

	@Override
	public List<DiscrepancyRef> aboutActor(String slug) {
		return about(DiscrepancySubject.ACTOR, slug);
	}

	@Override
	public List<DiscrepancyRef> aboutSummit(String slug) {
		return about(DiscrepancySubject.SUMMIT, slug);
	}

	/** Links to the disagreements about one record. */
	private List<DiscrepancyRef> about(DiscrepancySubject type, String key) {
		return this.discrepancies.findBySubjectTypeAndSubjectKeyOrderBySlug(type, key)
			.stream()
			.map((d) -> DiscrepancyRef.of(d.getSlug(), d.getQuestion()))
			.toList();
	}

}
