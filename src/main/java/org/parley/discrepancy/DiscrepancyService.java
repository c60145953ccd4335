package org.parley.discrepancy;

import java.util.List;
import java.util.Map;

import org.parley.common.Disagreements;
import org.parley.common.DiscrepancyRef;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
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

	DiscrepancyService(DiscrepancyRepository discrepancies) {
		this.discrepancies = discrepancies;
	}

	public PagedModel<DiscrepancyResponse> list(DiscrepancySubject type, String key, Paging paging) {
		return new PagedModel<>(
				this.discrepancies.findBySubject(type, key, paging.toPageable(SORTABLE, Sort.by("slug"), "id"))
					.map(DiscrepancyResponse::of));
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
