package org.parley.support;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The tests' one way to call the API over real HTTP. Every request returns a
 * {@link Reply} with whatever status came back; the test asserts on it. An {@code Api} is
 * immutable: {@link #ifMatch(String)}, {@link #header(String, String)},
 * {@link #asEditor()} and the like return a copy that sends the extra header as well.
 * {@link ApiTest} makes it a bean; a class annotated {@link AsEditor} gets one that sends
 * a fresh editor key.
 *
 * <pre class="code">
 * Reply created = api.post("/api/v1/issues", Map.of(...));
 * Reply patched = api.ifMatch(created.etag()).patch(created.location(), "{\"name\": \"x\"}");
 * </pre>
 */
public final class Api {

	public static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

	private static final String KEYS = "/api/v1/admin/api-keys";

	private final Supplier<RestTestClient> client;

	private final HttpHeaders headers;

	private final Supplier<Contract> contract;

	private final boolean requestsChecked;

	@Autowired
	public Api(ObjectProvider<RestTestClient> client) {
		this(client::getObject, new HttpHeaders(), new PublishedContract(client::getObject), true);
	}

	/** An {@code Api} calling the Parley at {@code baseUrl} (one started by the test). */
	public static Api at(String baseUrl) {
		RestTestClient client = RestTestClient.bindToServer().baseUrl(baseUrl).build();
		return new Api(() -> client, new HttpHeaders(), new PublishedContract(() -> client), true);
	}

	private Api(Supplier<RestTestClient> client, HttpHeaders headers, Supplier<Contract> contract,
			boolean requestsChecked) {
		this.client = client;
		this.headers = headers;
		this.contract = contract;
		this.requestsChecked = requestsChecked;
	}

	/**
	 * A copy for sending requests the OpenAPI description does not allow, on purpose (a
	 * malformed parameter, a missing key, a body that breaks a rule): the request is not
	 * checked against the description, but the answer still is, so it must be one the
	 * operation documents (a 400 problem, say). Every other request and answer is checked
	 * both ways, see {@link Contract}.
	 */
	public Api withoutRequestCheck() {
		return new Api(this.client, this.headers, this.contract, false);
	}

	/** A copy that also sends {@code name: value}; a null value sends nothing. */
	public Api header(String name, String value) {
		if (value == null) {
			return this;
		}
		HttpHeaders copy = new HttpHeaders();
		copy.addAll(this.headers);
		copy.set(name, value);
		return new Api(this.client, copy, this.contract, this.requestsChecked);
	}

	/** Sends {@code If-Match}; {@code null} sends none. */
	public Api ifMatch(String etag) {
		return header(HttpHeaders.IF_MATCH, etag);
	}

	/** Sends {@code If-None-Match}; {@code null} sends none. */
	public Api ifNoneMatch(String etag) {
		return header(HttpHeaders.IF_NONE_MATCH, etag);
	}

	public Api accept(MediaType type) {
		return header(HttpHeaders.ACCEPT, type.toString());
	}

	/** Sends {@code key} as {@code Authorization: Bearer <key>}, instead of any other. */
	public Api withKey(String key) {
		return header(HttpHeaders.AUTHORIZATION, "Bearer " + key);
	}

	/** Sends the admin key {@link ApiTest} configures. */
	public Api asAdmin() {
		return withKey(TestApiKeys.ADMIN_KEY);
	}

	/** Creates a new editor key with the admin key and sends it. */
	public Api asEditor() {
		return withKey(newKey("test editor", "EDITOR"));
	}

	/**
	 * Creates an API key with the admin key and returns the whole answer (id, key, ...).
	 */
	public Reply createKey(String name, String role) {
		Reply created = asAdmin().post(KEYS, Map.of("name", name, "role", role));
		created.assertStatus(201);
		return created;
	}

	/** Creates an API key with the admin key and returns the key itself. */
	public String newKey(String name, String role) {
		return createKey(name, role).string("key");
	}

	public Reply get(String uri, Object... uriVariables) {
		return send(HttpMethod.GET, uri, uriVariables, null, null);
	}

	public Reply head(String uri) {
		return send(HttpMethod.HEAD, uri, new Object[0], null, null);
	}

	public Reply options(String uri) {
		return send(HttpMethod.OPTIONS, uri, new Object[0], null, null);
	}

	/** A POST of {@code body} as JSON (a String is sent as it is); none when null. */
	public Reply post(String uri, Object body) {
		return send(HttpMethod.POST, uri, MediaType.APPLICATION_JSON, body);
	}

	/** A PUT of {@code body} as JSON (a String is sent as it is). */
	public Reply put(String uri, Object body) {
		return send(HttpMethod.PUT, uri, MediaType.APPLICATION_JSON, body);
	}

	/** A PATCH sending {@code mergePatch} as {@code application/merge-patch+json}. */
	public Reply patch(String uri, String mergePatch) {
		return send(HttpMethod.PATCH, uri, MERGE_PATCH, mergePatch);
	}

	public Reply delete(String uri) {
		return send(HttpMethod.DELETE, uri, null, null);
	}

	/** Any method, with {@code body} (when not null) sent as {@code contentType}. */
	public Reply send(HttpMethod method, String uri, MediaType contentType, Object body) {
		return send(method, uri, new Object[0], contentType, body);
	}

	private Reply send(HttpMethod method, String uri, Object[] uriVariables, MediaType contentType, Object body) {
		RestTestClient.RequestBodySpec request = this.client.get()
			.method(method)
			.uri(uri, uriVariables)
			.headers((headers) -> headers.addAll(this.headers));
		if (body != null) {
			request.contentType(contentType).body(body);
		}
		EntityExchangeResult<byte[]> result = request.exchange().returnResult(byte[].class);
		this.contract.get()
			.check(result.getMethod(), result.getUrl(), result.getRequestHeaders(), result.getRequestBodyContent(),
					result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody(),
					this.requestsChecked);
		return new Reply(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
	}

	/** The description the application under test publishes, read on first use. */
	private static final class PublishedContract implements Supplier<Contract> {

		private final Supplier<RestTestClient> client;

		private volatile Contract contract;

		PublishedContract(Supplier<RestTestClient> client) {
			this.client = client;
		}

		@Override
		public Contract get() {
			if (this.contract == null) {
				synchronized (this) {
					if (this.contract == null) {
						String description = this.client.get()
							.get()
							.uri("/v3/api-docs")
							.exchange()
							.expectStatus()
							.isOk()
							.returnResult(String.class)
							.getResponseBody();
						this.contract = Contract.of(description);
					}
				}
			}
			return this.contract;
		}

	}

}
