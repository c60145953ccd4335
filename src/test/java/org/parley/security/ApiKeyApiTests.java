package org.parley.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Managing API keys: admins only; a key is shown once and kept only as a hash. */
@ApiTest
class ApiKeyApiTests {

	private static final String KEYS = "/api/v1/admin/api-keys";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminEndpointsWithoutAKeyAre401Problems() {
		for (String uri : List.of(KEYS, KEYS + "/1")) {
			this.http.get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:parley:problem:unauthorized")
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.detail")
				.value((detail) -> assertThat((String) detail).contains("needs an API key with role ADMIN"));
		}
		this.http.post()
			.uri(KEYS)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "sneaky", "role", "ADMIN"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.delete().uri(KEYS + "/1").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void editorKeyOnAdminEndpointsIsA403Problem() {
		var editor = TestApiKeys.editor(this.http);
		this.http.get()
			.uri(KEYS)
			.headers(editor)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:forbidden")
			.jsonPath("$.detail")
			.isEqualTo("This API key has role EDITOR; this request needs role ADMIN.");
		this.http.post()
			.uri(KEYS)
			.headers(editor)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "promote myself", "role", "ADMIN"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void adminCreatesAKeyShownOnlyOnce() {
		String body = this.http.post()
			.uri(KEYS)
			.headers(TestApiKeys.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "newsroom importer", "role", "EDITOR"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, ".*/api/v1/admin/api-keys/\\d+")
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> created = parse(body);
		String key = (String) created.get("key");
		assertThat(key).startsWith("pk_").hasSize(3 + 43).matches("pk_[A-Za-z0-9_-]+");
		assertThat(created).containsEntry("name", "newsroom importer")
			.containsEntry("role", "EDITOR")
			.containsKeys("id", "createdAt");
		long id = ((Number) created.get("id")).longValue();

		this.http.get()
			.uri(KEYS + "/{id}", id)
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("newsroom importer")
			.jsonPath("$.role")
			.isEqualTo("EDITOR")
			.jsonPath("$.revokedAt")
			.isEmpty()
			.jsonPath("$.createdBy")
			.isEqualTo(bootstrapAdminId())
			.jsonPath("$.key")
			.doesNotExist();
		String list = this.http.get()
			.uri(KEYS + "?size=100&sort=createdAt,desc")
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String hash = this.jdbc.sql("select key_hash from api_key where id = ?").param(id).query(String.class).single();
		assertThat(list).contains("newsroom importer").contains("\"page\"").doesNotContain(key).doesNotContain(hash);
		assertThat(new String(this.http.get()
			.uri(KEYS + "/{id}", id)
			.headers(TestApiKeys.admin())
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseBodyContent())).doesNotContain(key).doesNotContain(hash).doesNotContain("keyHash");
	}

	@Test
	void keysAreStoredOnlyAsTheirSha256() {
		Map<String, Object> created = TestApiKeys.create(this.http, "hash check", "EDITOR");
		String key = (String) created.get("key");
		Map<String, Object> row = this.jdbc.sql("select * from api_key where id = ?")
			.param(((Number) created.get("id")).longValue())
			.query()
			.singleRow();
		assertThat(row.get("key_hash")).isEqualTo(ApiKeys.hash(key));
		assertThat((String) row.get("key_hash")).matches("[0-9a-f]{64}");
		assertThat(row.values()).noneMatch((value) -> value != null && value.toString().contains(key));
		assertThat(this.jdbc.sql("select count(*) from api_key where key_hash = ? or name = ?")
			.params(key, key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void revokedKeyIsRefusedButKeptOnRecord() {
		Map<String, Object> created = TestApiKeys.create(this.http, "short-lived admin", "ADMIN");
		String key = (String) created.get("key");
		long id = ((Number) created.get("id")).longValue();
		this.http.get().uri(KEYS).headers(TestApiKeys.bearer(key)).exchange().expectStatus().isOk();

		this.http.delete().uri(KEYS + "/{id}", id).headers(TestApiKeys.admin()).exchange().expectStatus().isNoContent();
		this.http.delete().uri(KEYS + "/{id}", id).headers(TestApiKeys.admin()).exchange().expectStatus().isNoContent();

		for (String uri : List.of(KEYS, "/api/v1/issues")) {
			this.http.get()
				.uri(uri)
				.headers(TestApiKeys.bearer(key))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*invalid_token.*")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:parley:problem:unauthorized")
				.jsonPath("$.detail")
				.value((detail) -> assertThat((String) detail).contains("unknown or has been revoked"));
		}
		this.http.get()
			.uri(KEYS + "/{id}", id)
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revokedAt")
			.isNotEmpty()
			.jsonPath("$.lastUsedAt")
			.isNotEmpty();
	}

	@Test
	void unknownKeyIdIsA404Problem() {
		this.http.get()
			.uri(KEYS + "/999999999")
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:not-found");
		this.http.delete().uri(KEYS + "/999999999").headers(TestApiKeys.admin()).exchange().expectStatus().isNotFound();
	}

	@Test
	void invalidKeyRequestIsA400ProblemNamingEachField() {
		this.http.post()
			.uri(KEYS)
			.headers(TestApiKeys.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(2)
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("name").contains("role"));
		this.http.post()
			.uri(KEYS)
			.headers(TestApiKeys.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "x".repeat(101), "role", "OWNER"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("name size must be between 0 and 100")
				.contains("role must be EDITOR or ADMIN"));
	}

	@Test
	void bootstrapAdminKeyComesFromTheProperty() {
		Map<String, Object> row = this.jdbc
			.sql("select name, role, created_by, revoked_at from api_key where key_hash = ?")
			.param(ApiKeys.hash(TestApiKeys.ADMIN_KEY))
			.query()
			.singleRow();
		assertThat(row).containsEntry("name", "bootstrap admin").containsEntry("role", "ADMIN");
		assertThat(row.get("created_by")).isNull();
		assertThat(row.get("revoked_at")).isNull();
		this.http.get().uri(KEYS).headers(TestApiKeys.admin()).exchange().expectStatus().isOk();
	}

	@Test
	void bootstrapIsIdempotent(@Autowired ApiKeyService keys, @Autowired SecurityProperties properties) {
		long before = this.jdbc.sql("select count(*) from api_key").query(Long.class).single();
		assertThat(keys.bootstrap(properties.adminKey(), new NoLog())).isEmpty();
		assertThat(keys.bootstrap(properties.adminKey(), new NoLog())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from api_key").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	@Transactional // rolled back: the shared database keeps its admin key
	void withoutAConfiguredKeyAnAdminKeyIsGeneratedOnlyWhenNoneIsActive(@Autowired ApiKeyService keys) {
		assertThat(keys.bootstrap("", new NoLog())).isEmpty();

		this.jdbc.sql("update api_key set revoked_at = now() where role = 'ADMIN'").update();
		String generated = keys.bootstrap("", new NoLog()).orElseThrow();
		assertThat(generated).startsWith("pk_");
		assertThat(
				this.jdbc.sql("select name from api_key where key_hash = ? and role = 'ADMIN' and revoked_at is null")
					.param(ApiKeys.hash(generated))
					.query(String.class)
					.single())
			.isEqualTo("bootstrap admin");
		assertThat(keys.bootstrap("", new NoLog())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "api_key", "access_token", "apikey", "key" })
	void keyInTheQueryStringIsRefused(String parameter) {
		this.http.get()
			.uri(KEYS + "?" + parameter + "=" + TestApiKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:unauthorized")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("only in the Authorization header"));
		this.http.get()
			.uri("/api/v1/issues?" + parameter + "=" + TestApiKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Token abc", "Bearer a b",
			"Bearer pk_\u00e9t\u00e9" })
	void malformedAuthorizationIsA401Problem(String header) {
		this.http.get()
			.uri("/api/v1/issues")
			.header(HttpHeaders.AUTHORIZATION, header)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:unauthorized")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).startsWith("The Authorization header is malformed"));
	}

	@Test
	void unknownKeyIsA401Problem() {
		this.http.post()
			.uri("/api/v1/actors")
			.headers(TestApiKeys.bearer("pk_" + "A".repeat(43)))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The API key is not valid: it is unknown or has been revoked.");
	}

	private long bootstrapAdminId() {
		return this.jdbc.sql("select id from api_key where key_hash = ?")
			.param(ApiKeys.hash(TestApiKeys.ADMIN_KEY))
			.query(Long.class)
			.single();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		return tools.jackson.databind.json.JsonMapper.shared().readValue(json, Map.class);
	}

	static class NoLog implements ApiKeyService.BootstrapListener {

		@Override
		public void configuredKeyStored(long id) {
		}

		@Override
		public void configuredKeyRevoked(long id) {
		}

		@Override
		public void configuredKeyNotAdmin(long id) {
		}

	}

}
