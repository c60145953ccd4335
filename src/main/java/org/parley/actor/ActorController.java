package org.parley.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.common.Paging;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/actors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actors", description = "People, states, organisations and groups taking part in negotiations")
class ActorController {

	private final ActorService actors;

	ActorController(ActorService actors) {
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "List actors", description = "Sortable by name (default), slug, kind.")
	PagedModel<ActorResponse> list(@ParameterObject ActorFilter filter, Paging paging) {
		return this.actors.list(filter, paging);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One actor, with group members and memberships")
	ActorDetail get(@PathVariable String slug) {
		return this.actors.get(slug);
	}

}
