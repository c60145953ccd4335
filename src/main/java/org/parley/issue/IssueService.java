package org.parley.issue;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.parley.common.Conflict;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.References;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and writes issues. */
@Service
@Transactional(readOnly = true)
class IssueService {

	static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

	private final IssueRepository issues;

	private final MergePatch mergePatch;

	private final HistoryService history;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	IssueService(IssueRepository issues, MergePatch mergePatch, HistoryService history,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.issues = issues;
		this.entityManager = entityManager;
		this.mergePatch = mergePatch;
		this.history = history;
		this.events = events;
	}

	public ListPage<IssueResponse> list(Paging paging) {
		return Listing.of(this.entityManager, Issue.class, null, paging.toSort(SORTABLE, Sort.by("code"), "id"))
			.page(paging, IssueResponse::of);
	}

	public Versioned<IssueResponse> versioned(String code) {
		Issue issue = find(code);
		return new Versioned<>(IssueResponse.of(issue), issue.getVersion());
	}

	@Transactional
	public Versioned<IssueResponse> create(IssueRequest request) {
		if (request.code() == null) {
			throw Unprocessable.field("code", "is required when creating an issue");
		}
		if (this.issues.existsByCode(request.code())) {
			throw new Conflict("An issue with code '" + request.code() + "' exists",
					"/api/v1/issues/" + request.code());
		}
		Issue created = new Issue(request.code(), request.name(), request.question(), request.description());
		if (request.terms() != null) {
			created.replaceTerms(request.terms());
		}
		Issue issue = this.issues.saveAndFlush(created);
		return new Versioned<>(IssueResponse.of(issue), issue.getVersion());
	}

	@Transactional
	public Versioned<IssueResponse> replace(String code, IssueRequest request, IfMatch ifMatch) {
		Issue issue = find(code);
		ifMatch.check(issue.getVersion());
		if (request.code() != null && !request.code().equals(code)) {
			throw Unprocessable.field("code", "cannot change (it is '" + code + "'); create a new issue instead");
		}
		issue.update(request.name(), request.question(), request.description());
		if (request.terms() != null) {
			issue.replaceTerms(request.terms());
		}
		this.issues.saveAndFlush(issue);
		return new Versioned<>(IssueResponse.of(issue), issue.getVersion());
	}

	@Transactional
	public Versioned<IssueResponse> patch(String code, String patch, IfMatch ifMatch) {
		Issue issue = find(code);
		ifMatch.check(issue.getVersion());
		return replace(code, this.mergePatch.apply(IssueRequest.of(issue), patch, IssueRequest.class), ifMatch);
	}

	/** Deletes an issue no statement or position uses; a 409 problem otherwise. */
	@Transactional
	public void delete(String code, IfMatch ifMatch) {
		Issue issue = find(code);
		ifMatch.check(issue.getVersion());
		References uses = new References();
		this.events.publishEvent(new IssueDeleting(issue.getId(), code, uses));
		if (!uses.isEmpty()) {
			throw new Conflict("Issue '" + code + "' is used by " + uses.describe() + "; it cannot be deleted",
					"/api/v1/issues/" + code);
		}
		this.issues.delete(issue);
	}

	/** Every revision of the issue with this code, also after it was deleted. */
	public List<HistoryEntry<IssueResponse>> history(String code) {
		List<HistoryEntry<IssueResponse>> entries = this.history.byProperty(Issue.class, "code", code,
				IssueResponse::of);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("issue", code);
		}
		return entries;
	}

	/** Brings a deleted issue back with its last state. */
	@Transactional
	public Versioned<IssueResponse> restore(String code) {
		if (this.issues.existsByCode(code)) {
			throw new Conflict("Issue '" + code + "' exists; only a deleted issue can be restored",
					"/api/v1/issues/" + code);
		}
		Issue last = this.history.lastDeleted(Issue.class, "code", code)
			.orElseThrow(() -> ResourceNotFound.of("deleted issue", code));
		return create(IssueRequest.of(last));
	}

	private Issue find(String code) {
		return this.issues.findByCode(code).orElseThrow(() -> ResourceNotFound.of("issue", code));
	}

}
