package org.parley.statement;

import java.util.List;
import java.util.Map;

import org.parley.actor.ActorService;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads statements. */
@Service
@Transactional(readOnly = true)
public class StatementService {

	/** API sort property → entity path. */
	static final Map<String, String> SORTABLE = Map.of("statedOn", "statedOn", "speaker", "speaker.name", "kind",
			"kind", "id", "id");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("statedOn").nullsLast());

	private final StatementRepository statements;

	private final ActorService actors;

	StatementService(StatementRepository statements, ActorService actors) {
		this.statements = statements;
		this.actors = actors;
	}

	public PagedModel<StatementResponse> list(StatementFilter filter, Paging paging) {
		filter.requireDatesInOrder();
		var page = this.statements.findAll(StatementSpecifications.matching(filter),
				paging.toPageable(SORTABLE, DEFAULT_SORT, "id"));
		return new PagedModel<>(page.map(StatementMapper::toResponse));
	}

	/** Statements of one actor; a 404 problem if the actor does not exist. */
	public PagedModel<StatementResponse> byActor(String actorSlug, Paging paging) {
		this.actors.requireExists(actorSlug);
		return list(StatementFilter.byActor(actorSlug), paging);
	}

	public StatementResponse get(long id) {
		return this.statements.findById(id)
			.map(StatementMapper::toResponse)
			.orElseThrow(() -> ResourceNotFound.of("statement", id));
	}

	/** Statements sourced from one article, in the order they appear in it. */
	public List<StatementResponse> inArticle(Long articleId) {
		return this.statements.findByArticleIdOrderByStartOffset(articleId)
			.stream()
			.map(StatementMapper::toResponse)
			.toList();
	}

	/** Statements made at one event, earliest first. */
	public List<StatementResponse> atSummit(Long summitId) {
		return this.statements.findBySummitIdOrderByStatedOnAscIdAsc(summitId)
			.stream()
			.map(StatementMapper::toResponse)
			.toList();
	}

}
