package org.parley.support;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Writes through real HTTP with whatever status comes back, for tests that check status,
 * headers and problem bodies.
 */
public final class Writes {

	public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private final RestTestClient http;

	public Writes(RestTestClient http) {
		this.http = http;
	}

	public Reply post(String uri, Object body) {
		return send(HttpMethod.POST, uri, null, MediaType.APPLICATION_JSON, body);
	}

	public Reply put(String uri, String ifMatch, Object body) {
		return send(HttpMethod.PUT, uri, ifMatch, MediaType.APPLICATION_JSON, body);
	}

	public Reply patch(String uri, String ifMatch, String mergePatch) {
		return send(HttpMethod.PATCH, uri, ifMatch, MERGE_PATCH, mergePatch);
	}

	public Reply delete(String uri, String ifMatch) {
		return send(HttpMethod.DELETE, uri, ifMatch, null, null);
	}

	public Reply get(String uri) {
		return send(HttpMethod.GET, uri, null, null, null);
	}

	/** A GET with {@code If-None-Match}. */
	public Reply getIfNoneMatch(String uri, String etag) {
		EntityExchangeResult<Map> result = this.http.get()
			.uri(uri)
			.ifNoneMatch(etag)
			.exchange()
			.returnResult(Map.class);
		return reply(result);
	}

	@SuppressWarnings("rawtypes")
	public Reply send(HttpMethod method, String uri, String ifMatch, MediaType type, Object body) {
		RestTestClient.RequestBodySpec request = this.http.method(method).uri(uri);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		RestTestClient.RequestHeadersSpec<?> ready = request;
		if (body != null) {
			ready = request.contentType(type).body(body);
		}
		EntityExchangeResult<Map> result = ready.exchange().returnResult(Map.class);
		return reply(result);
	}

	@SuppressWarnings("unchecked")
	private static Reply reply(EntityExchangeResult<Map> result) {
		return new Reply(result.getStatus().value(), result.getResponseHeaders(),
				(Map<String, Object>) result.getResponseBody());
	}

	/** Status, headers and JSON body (a map; null when there is none). */
	public record Reply(int status, HttpHeaders headers, Map<String, Object> body) {

		public String etag() {
			return this.headers.getETag();
		}

		public String location() {
			return this.headers.getFirst(HttpHeaders.LOCATION);
		}

		/** The fields a problem's {@code errors} name. */
		@SuppressWarnings("unchecked")
		public List<String> errorFields() {
			List<Map<String, Object>> errors = (List<Map<String, Object>>) this.body.get("errors");
			return (errors != null) ? errors.stream().map((e) -> (String) e.get("field")).toList() : List.of();
		}

		public String type() {
			return (String) this.body.get("type");
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
