package org.parley.summit;

import java.util.Map;

import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.discrepancy.DiscrepancyService;
import org.parley.discrepancy.DiscrepancySubject;
import org.parley.statement.StatementService;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads negotiation events. */
@Service
@Transactional(readOnly = true)
public class SummitService {

	static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate", "title", "title",
			"slug", "slug", "status", "status", "kind", "kind");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("startDate").nullsLast());

	private final SummitRepository summits;

	private final StatementService statements;

	private final DiscrepancyService discrepancies;

	SummitService(SummitRepository summits, StatementService statements, DiscrepancyService discrepancies) {
		this.summits = summits;
		this.statements = statements;
		this.discrepancies = discrepancies;
	}

	public PagedModel<SummitResponse> list(SummitFilter filter, Paging paging) {
		filter.requireDatesInOrder();
		var page = this.summits.findAll(SummitSpecifications.matching(filter),
				paging.toPageable(SORTABLE, DEFAULT_SORT, "id"));
		return new PagedModel<>(page.map(SummitMapper::toResponse));
	}

	public SummitDetail get(String slug) {
		Summit summit = this.summits.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("summit", slug));
		return SummitMapper.toDetail(summit, this.statements.atSummit(summit.getId()),
				this.discrepancies.about(DiscrepancySubject.SUMMIT, slug));
	}

}
