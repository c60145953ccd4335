package org.parley.issue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing issues: validation, preconditions, history and restore. */
@ApiTest
@AsEditor
class IssueWriteTests {

	@Autowired
	Api api;

	String create(String code) {
		Reply created = this.api
			.post("/api/v1/issues",
					Map.of("code", code, "name", "Sanctions", "question", "Should sanctions on Russia be lifted?"))
			.assertStatus(201);
		assertThat(created.location()).isEqualTo("/api/v1/issues/" + code);
		return created.etag();
	}

	void delete(String code) {
		this.api.ifMatch("*").delete("/api/v1/issues/" + code);
	}

	@Test
	void createReadUpdatePatchDeleteWithEtags() {
		String etag = create("sanctions-crud");
		assertThat(etag).matches("\"0-[0-9a-f]+\"");
		String readTag = this.api.get("/api/v1/issues/sanctions-crud").assertStatus(200).etag();
		this.api.ifNoneMatch(readTag).get("/api/v1/issues/sanctions-crud").assertStatus(304);
		Reply updated = this.api.ifMatch(readTag)
			.put("/api/v1/issues/sanctions-crud",
					Map.of("name", "Sanctions relief", "question", "Should sanctions be lifted as part of a deal?"))
			.assertStatus(200);
		assertThat(updated.string("name")).isEqualTo("Sanctions relief");
		assertThat(updated.etag()).startsWith("\"1-");
		Reply patched = this.api.ifMatch(updated.etag())
			.patch("/api/v1/issues/sanctions-crud", "{\"description\": \"Raised in no seed article.\"}")
			.assertStatus(200);
		assertThat(patched.string("description")).isEqualTo("Raised in no seed article.");
		assertThat(patched.string("name")).isEqualTo("Sanctions relief");
		this.api.ifNoneMatch(readTag).get("/api/v1/issues/sanctions-crud").assertStatus(200);
		this.api.ifMatch("\"2\"").delete("/api/v1/issues/sanctions-crud").assertStatus(204);
		this.api.get("/api/v1/issues/sanctions-crud").assertStatus(404);
	}

	@Test
	void termsThatSuggestAnIssueAreEditedWithItAndKeptWhenLeftOut() {
		assertThat(this.api.get("/api/v1/issues/ceasefire").strings("terms")).contains("truce", "armistice");
		String etag = create("sanctions-terms");
		Reply blank = this.api.ifMatch(etag)
			.put("/api/v1/issues/sanctions-terms",
					Map.of("name", "Sanctions", "question", "Lift them?", "terms", List.of("sanctions relief", "  ")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("terms[1]");
		Reply withTerms = this.api.ifMatch(etag)
			.put("/api/v1/issues/sanctions-terms",
					Map.of("name", "Sanctions", "question", "Lift them?", "terms",
							List.of("sanctions relief", "frozen assets")))
			.assertStatus(200);
		assertThat(withTerms.strings("terms")).containsExactlyInAnyOrder("frozen assets", "sanctions relief");
		Reply kept = this.api.ifMatch(withTerms.etag())
			.put("/api/v1/issues/sanctions-terms", Map.of("name", "Sanctions", "question", "Lift them now?"))
			.assertStatus(200);
		assertThat(kept.strings("terms")).containsExactlyInAnyOrder("frozen assets", "sanctions relief");
		Reply cleared = this.api.ifMatch(kept.etag())
			.patch("/api/v1/issues/sanctions-terms", "{\"terms\": []}")
			.assertStatus(200);
		assertThat(cleared.strings("terms")).isEmpty();
		assertThat(this.api.get("/api/v1/issues/sanctions-terms/history").strings("*.state.terms.*"))
			.contains("frozen assets");
		delete("sanctions-terms");
	}

	@Test
	void historyKeepsEveryStateAndADeletedIssueCanBeRestored() {
		create("sanctions-history");
		this.api.ifMatch("\"0\"")
			.patch("/api/v1/issues/sanctions-history", "{\"name\": \"Renamed\"}")
			.assertStatus(200);
		this.api.ifMatch("\"1\"").delete("/api/v1/issues/sanctions-history").assertStatus(204);
		Reply history = this.api.get("/api/v1/issues/sanctions-history/history").assertStatus(200);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history.strings("*.state.name")).containsExactly("Sanctions", "Renamed", "Renamed");
		assertThat(history.list("*.revision")).extracting((revision) -> revision.longValue()).isSorted();
		assertThat(history.strings("*.by"))
			.allSatisfy((by) -> assertThat(by).as("the API key that made the change").matches("[0-9]+"));
		Reply restored = this.api.post("/api/v1/issues/sanctions-history/restore", null).assertStatus(201);
		assertThat(restored.string("name")).isEqualTo("Renamed");
		this.api.post("/api/v1/issues/sanctions-history/restore", null).assertStatus(409);
		delete("sanctions-history");
	}

	@Test
	void seededIssuesHaveTheSeedAsTheirFirstRevision() {
		Reply history = this.api.get("/api/v1/issues/ceasefire/history").assertStatus(200);
		assertThat(history.string("0.change")).isEqualTo("CREATED");
		assertThat(history.string("0.by")).isEqualTo("seed");
		assertThat(history.string("0.state.code")).isEqualTo("ceasefire");
	}

	@Test
	void writesWithoutIfMatchAre428AndWithAStaleOne412() {
		create("sanctions-precondition");
		Reply missing = this.api.withoutRequestCheck()
			.put("/api/v1/issues/sanctions-precondition", Map.of("name", "x", "question", "y?"))
			.assertStatus(428);
		assertThat(missing.type()).isEqualTo("urn:parley:problem:precondition-required");
		Reply stale = this.api.withoutRequestCheck()
			.ifMatch("\"7\"")
			.delete("/api/v1/issues/sanctions-precondition")
			.assertStatus(412);
		assertThat(stale.intValue("currentVersion")).isEqualTo(0);
		delete("sanctions-precondition");
	}

	@Test
	void invalidBodiesAre400ProblemsListingEveryField() {
		Reply invalid = this.api.withoutRequestCheck()
			.post("/api/v1/issues", Map.of("code", "Not A Code", "name", "", "question", "q".repeat(501)))
			.assertStatus(400);
		assertThat(invalid.type()).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("code", "name", "question");
		Reply unknown = this.api.withoutRequestCheck()
			.post("/api/v1/issues", "{\"code\": \"x\", \"name\": \"x\", \"question\": \"x?\", \"colour\": \"red\"}")
			.assertStatus(400);
		assertThat(unknown.detail()).contains("colour");
		this.api.withoutRequestCheck()
			.post("/api/v1/issues", "{\"code\": ")
			.assertStatus(400)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void nulCharactersInABodyAre400ProblemsNamingTheProperty() {
		Reply created = this.api
			.post("/api/v1/issues", "{\"code\": \"nul-test\", \"name\": \"a\\u0000b\", \"question\": \"Is it?\"}")
			.assertStatus(400);
		assertThat(created.type()).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(created.detail()).contains("'name'").contains("U+0000");
		String etag = this.api.get("/api/v1/issues/reconstruction").etag();
		Reply patched = this.api.ifMatch(etag)
			.patch("/api/v1/issues/reconstruction", "{\"question\": \"\\u0000?\"}")
			.assertStatus(400);
		assertThat(patched.string("errors.0.field")).isEqualTo("question");
		assertThat(patched.string("errors.0.message")).contains("U+0000");
		this.api.get("/api/v1/issues/nul-test").assertStatus(404);
		assertThat(this.api.get("/api/v1/issues/reconstruction").etag()).isEqualTo(etag);
	}

	@Test
	void ruleBreaksAre422AndClashes409() {
		Reply noCode = this.api.post("/api/v1/issues", Map.of("name", "No code", "question", "q?")).assertStatus(422);
		assertThat(noCode.string("errors.0.field")).isEqualTo("code");
		Reply taken = this.api.post("/api/v1/issues", Map.of("code", "ceasefire", "name", "Again", "question", "q?"))
			.assertStatus(409);
		assertThat(taken.string("existing")).isEqualTo("/api/v1/issues/ceasefire");
		this.api.ifMatch("*").delete("/api/v1/issues/ceasefire").assertStatus(409);
		this.api.ifMatch("*")
			.put("/api/v1/issues/territory", Map.of("code", "land", "name", "Territory", "question", "q?"))
			.assertStatus(422);
	}

	@Test
	void unsupportedContentTypesAre415Problems() {
		this.api.withoutRequestCheck()
			.ifMatch("*")
			.send(HttpMethod.PATCH, "/api/v1/issues/territory", MediaType.APPLICATION_XML, "<issue/>")
			.assertStatus(415)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
