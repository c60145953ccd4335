package org.parley.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.common.Paging;
import org.parley.history.HistoryEntry;
import org.parley.statement.Statements;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ingestion",
		description = "Quotes proposed from new articles, with speakers and issues, for an editor to accept or reject")
class CandidateController {

	private final IngestService ingest;

	private final Statements statements;

	CandidateController(IngestService ingest, Statements statements) {
		this.ingest = ingest;
		this.statements = statements;
	}

	@GetMapping("/articles/{slug}/candidates")
	@Operation(summary = "The quotes proposed from one article", description = """
			In text order (sortable by start, confidence, id). `extraction` says when extraction last ran and \
			whether it read the whole body (`partial`). A candidate's `matches` are statements of the same \
			speaker with the same words: accepting it adds this article as a source of those words.""")
	CandidateList list(@PathVariable String slug, @Parameter(
			description = "Only candidates with this status") @RequestParam(required = false) CandidateStatus status,
			Paging paging) {
		return this.ingest.list(slug, status, paging);
	}

	@PostMapping("/articles/{slug}/extraction")
	@Operation(summary = "Run extraction on an article again", description = """
			Pending candidates are replaced; accepted and rejected ones are kept, and their quotes are not \
			proposed again; a quote recorded as a statement at its span is never proposed. Creating an \
			article runs extraction by itself.""")
	IngestService.Summary extract(@PathVariable String slug) {
		return this.ingest.extract(slug);
	}

	@GetMapping("/candidates/{id}")
	@Operation(summary = "One candidate")
	CandidateResponse get(@PathVariable long id) {
		return this.ingest.get(id);
	}

	@PostMapping(path = "/candidates/{id}/accept")
	@Operation(summary = "Accept a candidate: it becomes a statement", description = """
			The body is optional and corrects what the candidate proposes (speaker, text/start/end, kind, issues, \
			statedOn, summit, howSaid). The statement is recorded through the same rules as POST \
			/api/v1/statements (422 naming the field that breaks one). With no known speaker, the proposed \
			`newActor` is created first, with the printed name as an alias. 201 with the statement's Location; \
			409 if the candidate was accepted or rejected already.""")
	ResponseEntity<CandidateResponse> accept(@PathVariable long id,
			@Valid @RequestBody(required = false) CandidateDecision.Accept corrections) {
		long statement = this.ingest.accept(id, corrections);
		return ResponseEntity.created(this.statements.location(statement)).body(this.ingest.get(id));
	}

	@PostMapping(path = "/candidates/{id}/reject")
	@Operation(summary = "Reject a candidate", description = "With an optional reason. 409 if it was decided already.")
	CandidateResponse reject(@PathVariable long id,
			@Valid @RequestBody(required = false) CandidateDecision.Reject reject) {
		return this.ingest.reject(id, (reject != null) ? reject.reason() : null);
	}

	@GetMapping("/candidates/{id}/history")
	@Operation(summary = "Every revision of a candidate: who proposed, accepted or rejected it, and when")
	List<HistoryEntry<CandidateState>> history(@PathVariable long id) {
		return this.ingest.history(id);
	}

	@PostMapping(path = "/extractions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Try the extractor on any text; nothing is stored", description = """
			The quotes it finds, each as a candidate without id and status, and the speakers it does not know.""")
	CandidateDecision.TrialResult trial(@Valid @RequestBody CandidateDecision.Trial trial) {
		return this.ingest.trial(trial.text());
	}

}
