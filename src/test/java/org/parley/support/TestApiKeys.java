package org.parley.support;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * API keys for tests that write. {@link ApiTest} makes {@link #ADMIN_KEY} the admin key;
 * {@link #editor(RestTestClient)} creates an editor key through the API:
 *
 * <pre class="code">
 * http.post().uri("/api/v1/issues").headers(TestApiKeys.editor(http)).body(...).exchange()
 * </pre>
 */
public final class TestApiKeys {

	/** The admin key {@link ApiTest} configures as {@code parley.security.admin-key}. */
	public static final String ADMIN_KEY = "pk_test-admin-key-not-a-secret-0123456789abcdef";

	private TestApiKeys() {
	}

	/** Sends {@code key} as {@code Authorization: Bearer <key>}. */
	public static Consumer<HttpHeaders> bearer(String key) {
		return (headers) -> headers.setBearerAuth(key);
	}

	/** Sends the admin key. */
	public static Consumer<HttpHeaders> admin() {
		return bearer(ADMIN_KEY);
	}

	/** Creates a new editor key and sends it. */
	public static Consumer<HttpHeaders> editor(RestTestClient http) {
		return bearer(createKey(http, "test editor", "EDITOR"));
	}

	/** Creates a key with the admin key and returns the key itself. */
	public static String createKey(RestTestClient http, String name, String role) {
		return (String) create(http, name, role).get("key");
	}

	/** Creates a key with the admin key and returns the whole answer (id, key, ...). */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> create(RestTestClient http, String name, String role) {
		return http.post()
			.uri("/api/v1/admin/api-keys")
			.headers(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "role", role))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
