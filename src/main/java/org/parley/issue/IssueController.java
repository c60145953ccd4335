package org.parley.issue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Paging;
import org.parley.position.PositionService;

import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/issues", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Issues", description = "The topics that decide a deal, each with the question a stance answers")
class IssueController {

	private final IssueService issues;

	private final PositionService positions;

	IssueController(IssueService issues, PositionService positions) {
		this.issues = issues;
		this.positions = positions;
	}

	@GetMapping
	@Operation(summary = "List issues", description = "Sortable by code (default), name.")
	PagedModel<IssueResponse> list(Paging paging) {
		return this.issues.list(paging);
	}

	@GetMapping("/{code}")
	@Operation(summary = "One issue with the current position of every actor on it")
	IssueDetail get(@PathVariable String code) {
		IssueResponse issue = this.issues.get(code);
		return new IssueDetail(issue.code(), issue.name(), issue.question(), issue.description(),
				this.positions.currentOnIssue(code));
	}

}
