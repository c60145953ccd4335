package org.parley.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing actors, and the proof that concurrent writers never lose an acknowledged
 * update.
 */
@ApiTest
@AsEditor
class ActorWriteTests {

	@Autowired
	Api api;

	void create(String slug, String kind, List<String> members) {
		this.api
			.post("/api/v1/actors",
					Map.of("slug", slug, "name", "Test " + slug, "kind", kind, "aliases", List.of("T. " + slug),
							"members", members))
			.assertStatus(201);
	}

	void delete(String slug) {
		this.api.ifMatch("*").delete("/api/v1/actors/" + slug);
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
		List<String> aliases = this.api.get("/api/v1/actors/concurrency-target").assertStatus(200).strings("aliases");
		for (int w = 0; w < writers; w++) {
			assertThat(aliases).as("acknowledged update of writer %d", w).contains("writer-" + w);
		}
		Reply history = this.api.get("/api/v1/actors/concurrency-target/history");
		assertThat(history.strings("*.change")).filteredOn("UPDATED"::equals).hasSize(writers);
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
				Reply read = this.api.get("/api/v1/actors/concurrency-target").assertStatus(200);
				List<String> aliases = new ArrayList<>(read.strings("aliases"));
				aliases.add(alias);
				int status = this.api.ifMatch(read.etag())
					.put("/api/v1/actors/concurrency-target",
							Map.of("name", read.string("name"), "kind", "PERSON", "aliases", aliases))
					.status();
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
		assertThat(this.api.get("/api/v1/actors/race-target").assertStatus(200).string("name")).isEqualTo("First");
		delete("race-target");
	}

	private int put(String slug, String ifMatch, String name) {
		return this.api.ifMatch(ifMatch).put("/api/v1/actors/" + slug, Map.of("name", name, "kind", "PERSON")).status();
	}

	@Test
	void groupsTakeMembersAndReferencesMustExist() {
		create("test-group", "GROUP", List.of("france", "germany"));
		assertThat(this.api.get("/api/v1/actors/test-group").strings("members.*.slug"))
			.containsExactlyInAnyOrder("france", "germany");
		Reply unknown = this.api
			.post("/api/v1/actors",
					Map.of("slug", "bad-group", "name", "Bad", "kind", "GROUP", "members",
							List.of("france", "atlantis"), "affiliation", "nowhere"))
			.assertStatus(422);
		assertThat(unknown.errorFields()).containsAnyOf("affiliation", "members[1]");
		Reply notAGroup = this.api
			.post("/api/v1/actors",
					Map.of("slug", "person-with-members", "name", "P", "kind", "PERSON", "members", List.of("france")))
			.assertStatus(422);
		assertThat(notAGroup.string("errors.0.field")).isEqualTo("members");
		delete("test-group");
	}

	@Test
	void anActorInUseCannotBeDeletedButAnUnusedOneCanAndComesBack() {
		Reply inUse = this.api.ifMatch("*").delete("/api/v1/actors/donald-trump").assertStatus(409);
		assertThat(inUse.detail()).contains("statements").contains("positions");
		create("short-lived", "ORGANIZATION", List.of());
		this.api.ifMatch("\"0\"").delete("/api/v1/actors/short-lived").assertStatus(204);
		Reply history = this.api.get("/api/v1/actors/short-lived/history").assertStatus(200);
		assertThat(history.string("-1.change")).isEqualTo("DELETED");
		assertThat(history.strings("-1.state.aliases")).containsExactly("T. short-lived");
		Reply restored = this.api.post("/api/v1/actors/short-lived/restore", null).assertStatus(201);
		assertThat(restored.strings("aliases")).containsExactly("T. short-lived");
		delete("short-lived");
	}

	@Test
	void mergePatchReplacesOnlyWhatItNames() {
		create("patch-target", "PERSON", List.of());
		Reply patched = this.api.ifMatch("\"0\"")
			.patch("/api/v1/actors/patch-target", "{\"title\": \"Envoy\", \"affiliation\": \"united-states\"}")
			.assertStatus(200);
		assertThat(patched.string("title")).isEqualTo("Envoy");
		assertThat(patched.string("affiliation.slug")).isEqualTo("united-states");
		assertThat(patched.strings("aliases")).containsExactly("T. patch-target");
		Reply invalid = this.api.ifMatch("\"1\"")
			.patch("/api/v1/actors/patch-target", "{\"title\": null, \"kind\": \"WIZARD\"}")
			.assertStatus(400);
		assertThat(invalid.string("errors.0.field")).isEqualTo("kind");
		delete("patch-target");
	}

}
