package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing actors, and the proof that concurrent writers never lose an acknowledged
 * update.
 */
@ApiTest
@SuppressWarnings("unchecked")
class ActorWriteTests {

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

	void create(String slug, String kind, List<String> members) {
		this.http.post()
			.uri("/api/v1/actors")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", slug, "name", "Test " + slug, "kind", kind, "aliases", List.of("T. " + slug),
					"members", members))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	void delete(String slug) {
		this.http.delete().uri("/api/v1/actors/{slug}", slug).header(HttpHeaders.IF_MATCH, "*").exchange();
	}

	@Test
	void concurrentWritersNeverLoseAnAcknowledgedUpdate() throws Exception {
		create("concurrency-target", "PERSON", List.of());
		int writers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<Integer>> results = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			String alias = "writer-" + w;
			results.add(pool.submit(addAlias(alias)));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		int conflicts = 0;
		for (Future<Integer> result : results) {
			conflicts += result.get();
		}
		Map<String, Object> actor = Json.get(this.http, "/api/v1/actors/concurrency-target");
		List<String> aliases = (List<String>) actor.get("aliases");
		for (int w = 0; w < writers; w++) {
			assertThat(aliases).as("acknowledged update of writer %d", w).contains("writer-" + w);
		}
		List<Map<String, Object>> history = this.http.get()
			.uri("/api/v1/actors/concurrency-target/history")
			.exchange()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(history).filteredOn((h) -> "UPDATED".equals(h.get("change"))).hasSize(writers);
		assertThat(conflicts).as("stale writes refused with 412 and retried").isGreaterThanOrEqualTo(0);
		delete("concurrency-target");
	}

	/**
	 * GET, add an alias, PUT with If-Match; on 412 start again. Returns how many 412s it
	 * met.
	 */
	private Callable<Integer> addAlias(String alias) {
		return () -> {
			int conflicts = 0;
			for (int attempt = 0; attempt < 200; attempt++) {
				EntityExchangeResult<Map> read = this.http.get()
					.uri("/api/v1/actors/concurrency-target")
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody(Map.class)
					.returnResult();
				Map<String, Object> actor = read.getResponseBody();
				List<String> aliases = new ArrayList<>((List<String>) actor.get("aliases"));
				aliases.add(alias);
				int status = this.http.put()
					.uri("/api/v1/actors/concurrency-target")
					.header(HttpHeaders.IF_MATCH, read.getResponseHeaders().getETag())
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("name", actor.get("name"), "kind", "PERSON", "aliases", aliases))
					.exchange()
					.returnResult()
					.getStatus()
					.value();
				if (status == 200) {
					return conflicts;
				}
				assertThat(status).isEqualTo(412);
				conflicts++;
			}
			throw new AssertionError(alias + " never got through");
		};
	}

	@Test
	void twoWritesFromTheSameVersionOnlyOneWins() {
		create("race-target", "PERSON", List.of());
		int first = put("race-target", "\"0\"", "First");
		int second = put("race-target", "\"0\"", "Second");
		assertThat(List.of(first, second)).containsExactly(200, 412);
		assertThat(Json.get(this.http, "/api/v1/actors/race-target").get("name")).isEqualTo("First");
		delete("race-target");
	}

	private int put(String slug, String ifMatch, String name) {
		return this.http.put()
			.uri("/api/v1/actors/{slug}", slug)
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "kind", "PERSON"))
			.exchange()
			.returnResult()
			.getStatus()
			.value();
	}

	@Test
	void groupsTakeMembersAndReferencesMustExist() {
		create("test-group", "GROUP", List.of("france", "germany"));
		this.http.get()
			.uri("/api/v1/actors/test-group")
			.exchange()
			.expectBody()
			.jsonPath("$.members[*].slug")
			.value((m) -> assertThat((List<String>) m).containsExactlyInAnyOrder("france", "germany"));
		this.http.post()
			.uri("/api/v1/actors")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "bad-group", "name", "Bad", "kind", "GROUP", "members", List.of("france", "atlantis"),
					"affiliation", "nowhere"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((f) -> assertThat((List<String>) f).containsAnyOf("affiliation", "members[1]"));
		this.http.post()
			.uri("/api/v1/actors")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("slug", "person-with-members", "name", "P", "kind", "PERSON", "members", List.of("france")))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("members");
		delete("test-group");
	}

	@Test
	void anActorInUseCannotBeDeletedButAnUnusedOneCanAndComesBack() {
		this.http.delete()
			.uri("/api/v1/actors/donald-trump")
			.header(HttpHeaders.IF_MATCH, "*")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((d) -> assertThat((String) d).contains("statements").contains("positions"));
		create("short-lived", "ORGANIZATION", List.of());
		this.http.delete()
			.uri("/api/v1/actors/short-lived")
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get()
			.uri("/api/v1/actors/short-lived/history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[-1].change")
			.isEqualTo("DELETED")
			.jsonPath("$[-1].state.aliases")
			.isEqualTo(List.of("T. short-lived"));
		this.http.post()
			.uri("/api/v1/actors/short-lived/restore")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.aliases")
			.isEqualTo(List.of("T. short-lived"));
		delete("short-lived");
	}

	@Test
	void mergePatchReplacesOnlyWhatItNames() {
		create("patch-target", "PERSON", List.of());
		this.http.patch()
			.uri("/api/v1/actors/patch-target")
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"title\": \"Envoy\", \"affiliation\": \"united-states\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Envoy")
			.jsonPath("$.affiliation.slug")
			.isEqualTo("united-states")
			.jsonPath("$.aliases")
			.isEqualTo(List.of("T. patch-target"));
		this.http.patch()
			.uri("/api/v1/actors/patch-target")
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"title\": null, \"kind\": \"WIZARD\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
		delete("patch-target");
	}

}
