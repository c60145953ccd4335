package org.parley.common;

import java.net.URI;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/** Builds responses that carry an {@code ETag} and honour {@code If-None-Match}. */
@Component
public class Conditional {

	private final JsonMapper json;

	Conditional(JsonMapper json) {
		this.json = json;
	}

	/** 200 with the representation and its ETag, or 304 if the client has it already. */
	public <T> ResponseEntity<T> ok(WebRequest request, Versioned<T> versioned) {
		String etag = etag(versioned);
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(versioned.body());
	}

	/** 201 with {@code Location}, the representation and its ETag. */
	public <T> ResponseEntity<T> created(URI location, Versioned<T> versioned) {
		return ResponseEntity.created(location).eTag(etag(versioned)).body(versioned.body());
	}

	/** 200 with the new representation and its ETag, after an update. */
	public <T> ResponseEntity<T> updated(Versioned<T> versioned) {
		return ResponseEntity.ok().eTag(etag(versioned)).body(versioned.body());
	}

	private String etag(Versioned<?> versioned) {
		return ETags.of(versioned.version(), this.json.writeValueAsBytes(versioned.body()));
	}

}
