package org.parley.actor;

import java.util.Map;

import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.discrepancy.DiscrepancyService;
import org.parley.discrepancy.DiscrepancySubject;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads actors. */
@Service
@Transactional(readOnly = true)
public class ActorService {

	static final Map<String, String> SORTABLE = Map.of("name", "name", "slug", "slug", "kind", "kind");

	static final Sort DEFAULT_SORT = Sort.by("name");

	private final ActorRepository actors;

	private final DiscrepancyService discrepancies;

	ActorService(ActorRepository actors, DiscrepancyService discrepancies) {
		this.actors = actors;
		this.discrepancies = discrepancies;
	}

	public PagedModel<ActorResponse> list(ActorFilter filter, Paging paging) {
		var page = this.actors.findAll(ActorSpecifications.matching(filter),
				paging.toPageable(SORTABLE, DEFAULT_SORT, "id"));
		return new PagedModel<>(page.map(ActorMapper::toResponse));
	}

	public ActorDetail get(String slug) {
		return this.actors.findBySlug(slug)
			.map((actor) -> ActorMapper.toDetail(actor, this.discrepancies.about(DiscrepancySubject.ACTOR, slug)))
			.orElseThrow(() -> ResourceNotFound.of("actor", slug));
	}

	/** Throws a {@link ResourceNotFound} unless an actor has this slug. */
	public void requireExists(String slug) {
		if (!this.actors.existsBySlug(slug)) {
			throw ResourceNotFound.of("actor", slug);
		}
	}

}
