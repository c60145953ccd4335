package org.parley.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.common.Conflict;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Managing API keys: admins only; a key is shown once and kept only as a hash. */
@ApiTest
class ApiKeyApiTests {

	private static final String KEYS = "/api/v1/admin/api-keys";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminEndpointsWithoutAKeyAre401Problems() {
		for (String uri : List.of(KEYS, KEYS + "/1")) {
			Reply refused = this.api.withoutRequestCheck()
				.get(uri)
				.assertStatus(401)
				.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE)).matches("Bearer.*");
			assertThat(refused.type()).isEqualTo("urn:parley:problem:unauthorized");
			assertThat(refused.intValue("status")).isEqualTo(401);
			assertThat(refused.detail()).contains("needs an API key with role ADMIN");
		}
		this.api.withoutRequestCheck().post(KEYS, Map.of("name", "sneaky", "role", "ADMIN")).assertStatus(401);
		this.api.withoutRequestCheck().delete(KEYS + "/1").assertStatus(401);
	}

	@Test
	void editorKeyOnAdminEndpointsIsA403Problem() {
		Api editor = this.api.asEditor();
		Reply refused = editor.get(KEYS).assertStatus(403).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.type()).isEqualTo("urn:parley:problem:forbidden");
		assertThat(refused.detail()).isEqualTo("This API key has role EDITOR; this request needs role ADMIN.");
		editor.post(KEYS, Map.of("name", "promote myself", "role", "ADMIN")).assertStatus(403);
	}

	@Test
	void adminCreatesAKeyShownOnlyOnce() {
		Api admin = this.api.asAdmin();
		Reply created = admin.post(KEYS, Map.of("name", "newsroom importer", "role", "EDITOR")).assertStatus(201);
		assertThat(created.location()).matches(".*/api/v1/admin/api-keys/\\d+");
		assertThat(created.header(HttpHeaders.CACHE_CONTROL)).matches(".*no-store.*");
		String key = created.string("key");
		assertThat(key).startsWith("pk_").hasSize(3 + 43).matches("pk_[A-Za-z0-9_-]+");
		assertThat(created.string("name")).isEqualTo("newsroom importer");
		assertThat(created.string("role")).isEqualTo("EDITOR");
		assertThat(created.json().propertyNames()).contains("id", "createdAt");
		long id = created.longValue("id");

		Reply read = admin.get(KEYS + "/{id}", id).assertStatus(200);
		assertThat(read.string("name")).isEqualTo("newsroom importer");
		assertThat(read.string("role")).isEqualTo("EDITOR");
		assertThat(read.isNull("revokedAt")).isTrue();
		assertThat(read.longValue("createdBy")).isEqualTo(bootstrapAdminId());
		assertThat(read.has("key")).isFalse();
		String list = admin.get(KEYS + "?size=100&sort=createdAt,desc").assertStatus(200).text();
		String hash = this.jdbc.sql("select key_hash from api_key where id = ?").param(id).query(String.class).single();
		assertThat(list).contains("newsroom importer").contains("\"page\"").doesNotContain(key).doesNotContain(hash);
		assertThat(admin.get(KEYS + "/{id}", id).text()).doesNotContain(key)
			.doesNotContain(hash)
			.doesNotContain("keyHash");
	}

	@Test
	void keysAreStoredOnlyAsTheirSha256() {
		Reply created = this.api.createKey("hash check", "EDITOR");
		String key = created.string("key");
		Map<String, Object> row = this.jdbc.sql("select * from api_key where id = ?")
			.param(created.longValue("id"))
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
		Reply created = this.api.createKey("short-lived admin", "ADMIN");
		String key = created.string("key");
		long id = created.longValue("id");
		Api admin = this.api.asAdmin();
		this.api.withKey(key).get(KEYS).assertStatus(200);

		admin.delete(KEYS + "/" + id).assertStatus(204);
		admin.delete(KEYS + "/" + id).assertStatus(204);

		for (String uri : List.of(KEYS, "/api/v1/issues")) {
			Reply refused = this.api.withKey(key).get(uri).assertStatus(401);
			assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE)).matches("Bearer.*invalid_token.*");
			assertThat(refused.type()).isEqualTo("urn:parley:problem:unauthorized");
			assertThat(refused.detail()).contains("unknown or has been revoked");
		}
		Reply revoked = admin.get(KEYS + "/" + id).assertStatus(200);
		assertThat(revoked.string("revokedAt")).isNotEmpty();
		assertThat(revoked.string("lastUsedAt")).isNotEmpty();
	}

	@Test
	void unknownKeyIdIsA404Problem() {
		assertThat(this.api.asAdmin().get(KEYS + "/999999999").assertStatus(404).type())
			.isEqualTo("urn:parley:problem:not-found");
		this.api.asAdmin().delete(KEYS + "/999999999").assertStatus(404);
	}

	@Test
	void invalidKeyRequestIsA400ProblemNamingEachField() {
		Reply empty = this.api.withoutRequestCheck()
			.asAdmin()
			.post(KEYS, "{}")
			.assertStatus(400)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(empty.list("errors")).hasSize(2);
		assertThat(empty.detail()).contains("name").contains("role");
		Reply invalid = this.api.withoutRequestCheck()
			.asAdmin()
			.post(KEYS, Map.of("name", "x".repeat(101), "role", "OWNER"))
			.assertStatus(400);
		assertThat(invalid.detail()).contains("name size must be between 0 and 100")
			.contains("role must be EDITOR or ADMIN");
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
		this.api.asAdmin().get(KEYS).assertStatus(200);
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

	@Test
	@Transactional // rolled back: the shared database keeps its admin keys
	void theLastActiveAdminKeyCannotBeRevoked(@Autowired ApiKeyService keys) {
		long bootstrap = this.jdbc.sql("select id from api_key where key_hash = ?")
			.param(ApiKeys.hash(TestApiKeys.ADMIN_KEY))
			.query(Long.class)
			.single();
		this.jdbc.sql("update api_key set revoked_at = now() where role = 'ADMIN' and id <> ?")
			.param(bootstrap)
			.update();
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> keys.revoke(bootstrap))
			.withMessageContaining("last active admin key");
		long second = keys.create("second admin", ApiKeyRole.ADMIN, bootstrap).id();
		keys.revoke(bootstrap);
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> keys.revoke(second));
	}

	@Test
	void revokingOneOfSeveralAdminKeysIsAllowed() {
		long id = this.api.createKey("short-lived admin", "ADMIN").longValue("id");
		this.api.asAdmin().delete(KEYS + "/" + id).assertStatus(204);
	}

	@ParameterizedTest
	@ValueSource(strings = { "api_key", "access_token", "apikey", "key" })
	void keyInTheQueryStringIsRefused(String parameter) {
		Reply refused = this.api.withoutRequestCheck()
			.get(KEYS + "?" + parameter + "=" + TestApiKeys.ADMIN_KEY)
			.assertStatus(401);
		assertThat(refused.type()).isEqualTo("urn:parley:problem:unauthorized");
		assertThat(refused.detail()).contains("only in the Authorization header");
		this.api.withoutRequestCheck()
			.get("/api/v1/issues?" + parameter + "=" + TestApiKeys.ADMIN_KEY)
			.assertStatus(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "Token abc", "Bearer a b",
			"Bearer pk_\u00e9t\u00e9" })
	void malformedAuthorizationIsA401Problem(String header) {
		Reply refused = this.api.header(HttpHeaders.AUTHORIZATION, header).get("/api/v1/issues").assertStatus(401);
		assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE)).matches("Bearer.*");
		assertThat(refused.type()).isEqualTo("urn:parley:problem:unauthorized");
		assertThat(refused.detail()).startsWith("The Authorization header is malformed");
	}

	@Test
	void unknownKeyIsA401Problem() {
		assertThat(this.api.withoutRequestCheck()
			.withKey("pk_" + "A".repeat(43))
			.post("/api/v1/actors", null)
			.assertStatus(401)
			.detail()).isEqualTo("The API key is not valid: it is unknown or has been revoked.");
	}

	private long bootstrapAdminId() {
		return this.jdbc.sql("select id from api_key where key_hash = ?")
			.param(ApiKeys.hash(TestApiKeys.ADMIN_KEY))
			.query(Long.class)
			.single();
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
