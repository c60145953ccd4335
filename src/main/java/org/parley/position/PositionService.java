package org.parley.position;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.parley.actor.ActorService;
import org.parley.actor.ActorRef;
import org.parley.common.InvalidParameter;
import org.parley.common.Paging;
import org.parley.issue.IssueRef;
import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads positions and their history. */
@Service
@Transactional(readOnly = true)
public class PositionService {

	static final Map<String, String> SORTABLE = Map.of("validFrom", "validFrom", "actor", "actor.name", "issue",
			"issue.code", "stance", "stance", "id", "id");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("issue.code"), Sort.Order.asc("actor.name"),
			Sort.Order.asc("validFrom").nullsFirst());

	private final PositionRepository positions;

	private final ActorService actors;

	PositionService(PositionRepository positions, ActorService actors) {
		this.positions = positions;
		this.actors = actors;
	}

	public PagedModel<PositionResponse> list(PositionFilter filter, Paging paging) {
		var page = this.positions.findAll(PositionSpecifications.matching(filter),
				paging.toPageable(SORTABLE, DEFAULT_SORT, "id"));
		return new PagedModel<>(page.map(PositionMapper::toResponse));
	}

	/**
	 * Positions of one actor, current and past; a 404 problem if the actor does not
	 * exist.
	 */
	public PagedModel<PositionResponse> byActor(String actorSlug, Boolean current, Paging paging) {
		this.actors.requireExists(actorSlug);
		return list(new PositionFilter(actorSlug, null, current), paging);
	}

	/** The positions in force on one issue, one per actor. */
	public List<PositionResponse> currentOnIssue(String issueCode) {
		return this.positions
			.findAll(PositionSpecifications.matching(PositionFilter.currentOnIssue(issueCode)),
					Sort.by("actor.name", "id"))
			.stream()
			.map(PositionMapper::toResponse)
			.toList();
	}

	/** The stance of every actor on every issue in force on a date. */
	public PositionMatrix matrix(LocalDate asOf) {
		List<Position> inForce = this.positions.findInForceOn(asOf);
		List<PositionResponse> cells = inForce.stream().map(PositionMapper::toResponse).toList();
		List<ActorRef> actors = cells.stream().map(PositionResponse::actor).distinct().toList();
		List<IssueRef> issues = cells.stream()
			.map(PositionResponse::issue)
			.distinct()
			.sorted(Comparator.comparing(IssueRef::code))
			.toList();
		return new PositionMatrix(asOf, actors, issues, cells);
	}

	/** Every change of stance, oldest first, optionally within dates (inclusive). */
	public List<PositionShift> shifts(ShiftFilter filter) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
		return this.positions.findShifts(filter.actor(), filter.issue(), filter.from(), filter.to())
			.stream()
			.map(PositionMapper::toShift)
			.toList();
	}

	public PositionDetail get(long id) {
		Position position = this.positions.findById(id).orElseThrow(() -> ResourceNotFound.of("position", id));
		List<PositionResponse> history = this.positions
			.findHistory(position.getActor().getId(), position.getIssue().getId())
			.stream()
			.map(PositionMapper::toResponse)
			.toList();
		return new PositionDetail(PositionMapper.toResponse(position), history);
	}

}
