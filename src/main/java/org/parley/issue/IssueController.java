package org.parley.issue;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.common.Conditional;
import org.parley.common.IfMatch;
import org.parley.common.ListPage;
import org.parley.common.Locations;
import org.parley.common.MergePatch;
import org.parley.common.Paging;
import org.parley.common.Versioned;
import org.parley.history.HistoryEntry;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/issues", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Issues", description = "The topics that decide a deal, each with the question a stance answers")
class IssueController {

	private final IssueService issues;

	private final Conditional conditional;

	IssueController(IssueService issues, Conditional conditional) {
		this.issues = issues;
		this.conditional = conditional;
	}

	@GetMapping
	@Operation(summary = "List issues", description = "Sortable by code (default), name.")
	ListPage<IssueResponse> list(Paging paging) {
		return this.issues.list(paging);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an issue", description = "201 with Location and ETag; 409 if the code is taken.")
	ResponseEntity<IssueResponse> create(@Valid @RequestBody IssueRequest request) {
		Versioned<IssueResponse> created = this.issues.create(request);
		return this.conditional.created(Locations.of(IssueController.class, "replace", created.body().code()), created);
	}

	@PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Replace an issue",
			description = "Needs If-Match with the ETag of the version being replaced: missing 428, stale 412.")
	ResponseEntity<IssueResponse> replace(@PathVariable String code, @Valid @RequestBody IssueRequest request,
			IfMatch ifMatch) {
		return this.conditional.updated(this.issues.replace(code, request, ifMatch));
	}

	@PatchMapping(path = "/{code}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(summary = "Change parts of an issue (JSON Merge Patch, RFC 7396)",
			description = "Needs If-Match: missing 428, stale 412.")
	ResponseEntity<IssueResponse> patch(@PathVariable String code, @RequestBody String patch, IfMatch ifMatch) {
		return this.conditional.updated(this.issues.patch(code, patch, ifMatch));
	}

	@DeleteMapping("/{code}")
	@Operation(summary = "Delete an issue no statement or position uses",
			description = "Needs If-Match. 409 while the issue is in use. The last state stays in its history.")
	ResponseEntity<Void> delete(@PathVariable String code, IfMatch ifMatch) {
		this.issues.delete(code, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{code}/history")
	@Operation(summary = "Every revision of an issue: who, when, and its full state",
			description = "Also for a deleted issue.")
	List<HistoryEntry<IssueResponse>> history(@PathVariable String code) {
		return this.issues.history(code);
	}

	@PostMapping("/{code}/restore")
	@Operation(summary = "Restore a deleted issue with its last state", description = "409 if it exists.")
	ResponseEntity<IssueResponse> restore(@PathVariable String code) {
		Versioned<IssueResponse> restored = this.issues.restore(code);
		return this.conditional.created(Locations.of(IssueController.class, "replace", code), restored);
	}

}
