package org.parley.security;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.common.ListPage;
import org.parley.common.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/admin/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API keys", description = "Keys that may write (EDITOR) or also manage keys (ADMIN); admins only")
class ApiKeyController {

	private final ApiKeyService keys;

	ApiKeyController(ApiKeyService keys) {
		this.keys = keys;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a key",
			description = "The answer holds the key itself; it is shown only this once and stored only as a hash.")
	ResponseEntity<CreatedApiKey> create(@Valid @RequestBody CreateApiKeyRequest request) {
		Long creator = CurrentApiKey.id().orElse(null);
		CreatedApiKey created = this.keys.create(request.name().trim(), request.apiKeyRole(), creator);
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(created.id())
			.toUri();
		return ResponseEntity.created(location).body(created);
	}

	@GetMapping
	@Operation(summary = "List keys, active and revoked",
			description = "Sortable by createdAt (default), id, name, role, lastUsedAt. Never shows a key or its hash.")
	ListPage<ApiKeyResponse> list(Paging paging) {
		return this.keys.list(paging);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One key (without the key itself)")
	ApiKeyResponse get(@PathVariable long id) {
		return this.keys.get(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a key",
			description = "The key is refused (401) from now on; its record stays, with revokedAt set.")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.keys.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
