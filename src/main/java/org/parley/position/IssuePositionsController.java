package org.parley.position;

import io.swagger.v3.oas.annotations.Operation;
import org.parley.common.Conditional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * An issue with where every actor stands on it: served here, by the feature that holds
 * the positions, so that the issue feature need not know about positions.
 */
@RestController
@RequestMapping(path = "/api/v1/issues", produces = MediaType.APPLICATION_JSON_VALUE)
class IssuePositionsController {

	private final PositionService positions;

	private final Conditional conditional;

	IssuePositionsController(PositionService positions, Conditional conditional) {
		this.positions = positions;
		this.conditional = conditional;
	}

	@GetMapping("/{code}")
	@Operation(tags = "Issues", summary = "One issue with the current position of every actor on it",
			description = "Carries an ETag; answers If-None-Match with 304.")
	ResponseEntity<IssueDetail> getIssue(@PathVariable String code, WebRequest request) {
		return this.conditional.ok(request, this.positions.issueDetail(code));
	}

}
