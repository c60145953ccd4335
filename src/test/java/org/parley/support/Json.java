package org.parley.support;

import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.client.RestTestClient;

/** GETs that expect 200 and return the JSON body as maps and lists, for assertions. */
public final class Json {

	private Json() {
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> get(RestTestClient http, String uri, Object... variables) {
		return http.get()
			.uri(uri, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** The {@code content} of a list endpoint's page. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> content(RestTestClient http, String uri) {
		return (List<Map<String, Object>>) get(http, uri).get("content");
	}

	/** A nested object of a JSON map, e.g. {@code at(statement, "source", "article")}. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> at(Map<String, Object> json, String... path) {
		Map<String, Object> current = json;
		for (String key : path) {
			current = (Map<String, Object>) current.get(key);
		}
		return current;
	}

}
