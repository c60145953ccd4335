package org.parley.issue;

import java.util.Map;

import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads issues. */
@Service
@Transactional(readOnly = true)
public class IssueService {

	static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

	private final IssueRepository issues;

	IssueService(IssueRepository issues) {
		this.issues = issues;
	}

	public PagedModel<IssueResponse> list(Paging paging) {
		return new PagedModel<>(
				this.issues.findAll(paging.toPageable(SORTABLE, Sort.by("code"), "id")).map(IssueResponse::of));
	}

	/** The issue with this code; a 404 problem if there is none. */
	public IssueResponse get(String code) {
		return this.issues.findByCode(code)
			.map(IssueResponse::of)
			.orElseThrow(() -> ResourceNotFound.of("issue", code));
	}

}
