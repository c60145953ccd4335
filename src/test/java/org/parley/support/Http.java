package org.parley.support;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Requests of any method whose answer a test inspects as a whole: status, headers and the
 * JSON body as maps and lists.
 */
public final class Http {

	private Http() {
	}

	/** What came back. */
	public record Reply(int status, HttpHeaders headers, Map<String, Object> body) {

		public String etag() {
			return this.headers.getETag();
		}

		public String location() {
			return (this.headers.getLocation() != null) ? this.headers.getLocation().toString() : null;
		}

		public Object get(String key) {
			return this.body.get(key);
		}

		/** The fields a problem names in {@code errors}. */
		@SuppressWarnings("unchecked")
		public List<String> errorFields() {
			return ((List<Map<String, Object>>) this.body.get("errors")).stream()
				.map((e) -> (String) e.get("field"))
				.toList();
		}

	}

	/**
	 * Sends {@code body} (a String for {@code PATCH}, sent as a merge patch; anything
	 * else as JSON) with header name/value pairs.
	 */
	@SuppressWarnings("unchecked")
	public static Reply send(RestTestClient http, HttpMethod method, String uri, Object body, String... headers) {
		RestTestClient.RequestBodySpec request = http.method(method).uri(uri);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (body != null) {
			request.contentType((method == HttpMethod.PATCH) ? MediaType.parseMediaType("application/merge-patch+json")
					: MediaType.APPLICATION_JSON);
			request.body(body);
		}
		EntityExchangeResult<Map> result = request.exchange().returnResult(Map.class);
		return new Reply(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
	}

	public static Reply get(RestTestClient http, String uri, String... headers) {
		return send(http, HttpMethod.GET, uri, null, headers);
	}

	public static Reply post(RestTestClient http, String uri, Object body) {
		return send(http, HttpMethod.POST, uri, body);
	}

	public static Reply put(RestTestClient http, String uri, Object body, String ifMatch) {
		return (ifMatch != null) ? send(http, HttpMethod.PUT, uri, body, HttpHeaders.IF_MATCH, ifMatch)
				: send(http, HttpMethod.PUT, uri, body);
	}

	public static Reply patch(RestTestClient http, String uri, String patch, String ifMatch) {
		return (ifMatch != null) ? send(http, HttpMethod.PATCH, uri, patch, HttpHeaders.IF_MATCH, ifMatch)
				: send(http, HttpMethod.PATCH, uri, patch);
	}

	public static Reply delete(RestTestClient http, String uri, String ifMatch) {
		return (ifMatch != null) ? send(http, HttpMethod.DELETE, uri, null, HttpHeaders.IF_MATCH, ifMatch)
				: send(http, HttpMethod.DELETE, uri, null);
	}

}
