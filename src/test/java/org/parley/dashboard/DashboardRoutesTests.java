package org.parley.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard over plain HTTP: every deep link is its page, under a Content-Security-
 * Policy that lets it reach only this origin; anything else outside the API stays a
 * problem.
 */
@ApiTest
class DashboardRoutesTests {

	@Autowired
	private Api api;

	@Test
	void everyDeepLinkServesTheDashboardPage() {
		for (String uri : List.of("/", "/timeline?actor=russia", "/matrix?asOf=2025-08-19", "/quotes?q=ceasefire",
				"/map", "/articles/us-pushes-for-peace-deal?statement=4", "/actors/russia", "/statements/4", "/review",
				"/review/us-pushes-for-peace-deal")) {
			Reply page = this.api.get(uri).assertStatus(200);
			assertThat(page.contentType().isCompatibleWith(MediaType.TEXT_HTML)).as(uri).isTrue();
			assertThat(page.text()).as(uri).contains("<script type=\"module\" src=\"/app/main.js\">");
		}
	}

	@Test
	void theDashboardMayLoadOnlyFromItsOwnOrigin() {
		String policy = this.api.get("/matrix").assertStatus(200).header("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"connect-src 'self';", "frame-ancestors 'none'");
		assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("http");
		assertThat(this.api.get("/app/main.js").assertStatus(200).contentType().toString()).contains("javascript");
		assertThat(this.api.get("/api/v1/issues").header("Content-Security-Policy")).startsWith("default-src 'none'");
	}

	@Test
	void unknownPathsOutsideTheApiAreA404Problem() {
		for (String uri : List.of("/internal", "/app/no-such-file.js", "/articles/a/b")) {
			Reply missing = this.api.get(uri).assertStatus(404).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(missing.json().get("status").asInt()).isEqualTo(404);
		}
	}

	@Test
	void theDashboardsPagesAreNotInTheApiDescription() {
		Reply openApi = this.api.get("/v3/api-docs").assertStatus(200);
		assertThat(openApi.has("paths./matrix")).isFalse();
		assertThat(openApi.has("paths./")).isFalse();
	}

	@Test
	void theDashboardIsReadOnly() {
		this.api.post("/matrix", null).assertStatus(403).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
