package org.parley.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.RawHttp;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear RFC 9457 answer, never a 500. */
@ApiTest
class ErrorHandlingTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} → 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/actors?size=101                    | size
			/api/v1/actors?size=0                      | size
			/api/v1/actors?size=ten                    | size
			/api/v1/summits?page=-1                    | page
			/api/v1/statements?page=x                  | page
			/api/v1/actors?sort=password               | sort
			/api/v1/actors?sort=name,sideways          | sort
			/api/v1/articles?sort=body                 | sort
			/api/v1/actors?kind=robot                  | kind
			/api/v1/summits?status=rumoured            | status
			/api/v1/summits?kind=dinner                | kind
			/api/v1/statements?kind=rumour             | kind
			/api/v1/statements?from=2025-02-30         | from
			/api/v1/statements?to=yesterday            | to
			/api/v1/summits?from=15.08.2025            | from
			/api/v1/positions?current=sometimes        | current
			/api/v1/actors/donald-trump/positions?current=1x | current
			/api/v1/statements/abc                     | id
			/api/v1/positions/9999999999999999999999   | id
			/api/v1/statements?from=2025-08-20&to=2025-08-01 | from
			/api/v1/summits?from=2025-08-20&to=2025-08-01    | from
			/api/v1/actors?sort=,                      | sort
			/api/v1/statements?sort=,desc              | sort
			/api/v1/actors?page=107374183              | page
			/api/v1/statements?speaker=donald-trump    | speaker
			/api/v1/positions?stance=SUPPORTS          | stance
			/api/v1/stats?from=2025-08-01              | from
			/api/v1/actors/donald-trump?expand=all     | expand
			""")
	void malformedParameterIsA400ProblemNamingIt(String uri, String parameter) {
		Reply problem = this.api.withoutRequestCheck()
			.get(uri)
			.assertStatus(400)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem.type()).isEqualTo("urn:parley:problem:invalid-parameter");
		assertThat(problem.intValue("status")).isEqualTo(400);
		assertThat(problem.string("errors.0.parameter")).isEqualTo(parameter);
		assertThat(problem.detail()).startsWith(parameter);
	}

	@ParameterizedTest(name = "{0}=<{1} characters> → 400 naming {0}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/statements | actor   | 121
			/api/v1/statements | issue   | 81
			/api/v1/statements | article | 121
			/api/v1/positions  | actor   | 121
			/api/v1/summits    | actor   | 121
			/api/v1/timeline   | issue   | 81
			/api/v1/actors     | q       | 301
			""")
	void aFilterLongerThanAnySlugOrCodeIsA400ProblemNamingIt(String path, String parameter, int length) {
		Reply problem = this.api.withoutRequestCheck()
			.get(path + "?" + parameter + "=" + "a".repeat(length))
			.assertStatus(400);
		assertThat(problem.string("errors.0.parameter")).isEqualTo(parameter);
		assertThat(problem.detail()).contains("at most " + (length - 1) + " characters");
		this.api.get(path + "?" + parameter + "=" + "a".repeat(length - 1)).assertStatus(200);
	}

	@Test
	void moreThanTenSortParametersOrALongOneIsA400ProblemNamingSort() {
		Reply many = this.api.withoutRequestCheck().get("/api/v1/actors?" + "sort=name&".repeat(11)).assertStatus(400);
		assertThat(many.string("errors.0.parameter")).isEqualTo("sort");
		Reply long_ = this.api.withoutRequestCheck().get("/api/v1/actors?sort=" + "n".repeat(101)).assertStatus(400);
		assertThat(long_.string("errors.0.parameter")).isEqualTo("sort");
	}

	@Test
	void aProblemEchoingAHugeValueStaysWithinItsDocumentedLimits() {
		Reply problem = this.api.withoutRequestCheck()
			.get("/api/v1/statements?from=" + "9".repeat(5000))
			.assertStatus(400);
		assertThat(problem.detail()).hasSizeLessThanOrEqualTo(Problems.MAX_DETAIL).endsWith("…");
		assertThat(problem.string("errors.0.message")).hasSizeLessThanOrEqualTo(Problems.MAX_MESSAGE);
	}

	@ParameterizedTest(name = "{0} as {1} → 400 problem naming {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/statements?from=2025-08-20&to=2025-08-01 | text/csv             | from
			/api/v1/statements?kind=rumour                   | text/csv             | kind
			/api/v1/statements?sort=body                     | text/csv             | sort
			/api/v1/actors?kind=robot                        | text/csv             | kind
			/api/v1/actors?sort=name,sideways                | text/csv             | sort
			/api/v1/positions?current=sometimes              | text/csv             | current
			/api/v1/summits?status=rumoured                  | text/csv             | status
			/api/v1/summits?from=2025-08-20&to=2025-08-01    | application/geo+json | from
			/api/v1/summits?kind=dinner                      | application/geo+json | kind
			/api/v1/summits?to=yesterday                     | text/calendar        | to
			/api/v1/summits?sort=location                    | text/calendar        | sort
			""")
	void invalidFilterOnAnExportIsStillA400Problem(String uri, String accept, String parameter) {
		Reply problem = this.api.withoutRequestCheck()
			.accept(MediaType.parseMediaType(accept))
			.get(uri)
			.assertStatus(400)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem.headers().containsHeader("Content-Disposition")).isFalse();
		assertThat(problem.type()).isEqualTo("urn:parley:problem:invalid-parameter");
		assertThat(problem.string("errors.0.parameter")).isEqualTo(parameter);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/actors/nobody", "/api/v1/articles/nothing", "/api/v1/summits/never",
			"/api/v1/statements/0", "/api/v1/positions/0", "/api/v1/issues/weather", "/api/v1/actors/nobody/statements",
			"/api/v1/actors/nobody/positions" })
	void unknownResourceIsA404Problem(String uri) {
		Reply problem = this.api.withoutRequestCheck()
			.get(uri)
			.assertStatus(404)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem.type()).isEqualTo("urn:parley:problem:not-found");
		assertThat(problem.string("title")).isEqualTo("Resource not found");
		assertThat(problem.detail()).isNotEmpty();
	}

	@Test
	void unknownPathIsA404Problem() {
		this.api.withoutRequestCheck()
			.get("/api/v1/treaties")
			.assertStatus(404)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unsupportedMethodIsA405Problem() {
		Reply refused = this.api.withoutRequestCheck()
			.asEditor()
			.delete("/api/v1/search?q=peace")
			.assertStatus(405)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.header("Allow")).matches(".*GET.*");
	}

	@Test
	void unsupportedMediaTypeOnPostIsA415Problem() {
		this.api.withoutRequestCheck()
			.asEditor()
			.send(HttpMethod.POST, "/api/v1/actors", MediaType.APPLICATION_XML, "<actor/>")
			.assertStatus(415)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void unacceptableMediaTypeIsA406Problem() {
		this.api.withoutRequestCheck().accept(MediaType.APPLICATION_XML).get("/api/v1/actors").assertStatus(406);
	}

	@Test
	void undecodableQueryIsA400Problem() throws Exception {
		String response = RawHttp.get(this.port, "/api/v1/actors?q=%");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("urn:parley:problem:invalid-parameter");
	}

	@ParameterizedTest(name = "{0} → 400 problem naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/actors?q=zelen%00sky          | q
			/api/v1/search?q=security%00          | q
			/api/v1/statements?actor=russia%00    | actor
			/api/v1/summits?actor=%00             | actor
			/api/v1/timeline?issue=territory%00   | issue
			/api/v1/positions/shifts?actor=%00x   | actor
			""")
	void nulCharacterInAParameterIsA400ProblemNamingIt(String target, String parameter) throws Exception {
		String response = RawHttp.get(this.port, target);
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("application/problem+json")
			.contains("\"parameter\":\"" + parameter + "\"")
			.contains("U+0000");
		// the database connection it never reached is fine
		this.api.withoutRequestCheck().get("/api/v1/actors?q=zelensky").assertStatus(200);
	}

	@Test
	void whatTomcatRefusesByItselfIsAProblemToo() throws Exception {
		String response = RawHttp.get(this.port, "/api/v1/actors/a%00b");
		assertThat(response).startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/problem+json")
			.contains("\"status\":400")
			.doesNotContain("<html");
	}

	@Test
	void encodedSlashInASlugIsA404Problem() throws Exception {
		String response = RawHttp.get(this.port, "/api/v1/actors/a%2Fb");
		assertThat(response).startsWith("HTTP/1.1 404").contains("application/problem+json");
	}

	@Test
	void errorsNeverLeakInternals() {
		assertThat(this.api.withoutRequestCheck().get("/api/v1/statements?from=2025-13-45").text())
			.doesNotContain("Exception")
			.doesNotContain("org.springframework")
			.doesNotContain("trace");
	}

	@Test
	void aControlCharacterInAParameterNameIsA400Problem() throws Exception {
		String answer = RawHttp.get(this.port, "/api/v1/timeline?%0A=1");
		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("application/problem+json", "urn:parley:problem:invalid-parameter");
	}

	@Test
	void anUnpairedSurrogateInABodyIsA400NamingTheProperty() {
		Reply refused = this.api.withoutRequestCheck()
			.asEditor()
			.send(HttpMethod.POST, "/api/v1/issues", MediaType.APPLICATION_JSON,
					"{\"code\": \"surrogate\", \"name\": \"a\\ud800b\", \"question\": \"Is it?\"}");
		refused.assertStatus(400);
		assertThat(refused.detail()).contains("'name'", "surrogate");
		assertThat(this.api.withoutRequestCheck().get("/api/v1/issues/surrogate").status()).isEqualTo(404);
	}

	@Test
	void aMergePatchNestedTooDeeplyIsA400Problem() {
		String deep = "{\"title\": " + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000) + "}";
		Reply refused = this.api.withoutRequestCheck().asEditor().ifMatch("*").patch("/api/v1/issues/ceasefire", deep);
		refused.assertStatus(400).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.type()).isEqualTo("urn:parley:problem:invalid-body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "[]", "\"title\"", "7" })
	void aMergePatchThatIsNotAnObjectIsA400Problem(String patch) {
		Reply refused = this.api.withoutRequestCheck().asEditor().ifMatch("*").patch("/api/v1/issues/ceasefire", patch);
		refused.assertStatus(400).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.type()).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(refused.detail()).contains("JSON object");
		assertThat(this.api.get("/api/v1/issues/ceasefire").assertStatus(200).string("name")).isNotBlank();
	}

	@Test
	void anUnreadableAcceptHeaderStillGetsItsProblemInJson() {
		Reply refused = this.api.withoutRequestCheck()
			.asEditor()
			.header("Accept", "garbage")
			.send(HttpMethod.POST, "/api/v1/issues", MediaType.TEXT_PLAIN, "{}");
		refused.assertStatus(415).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.detail()).contains("text/plain");
	}

	@Test
	void anAcceptHeaderParleyCannotAnswerIsA406ProblemInJson() {
		Reply refused = this.api.withoutRequestCheck().header("Accept", "garbage/x").get("/api/v1/actors");
		refused.assertStatus(406).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.detail()).contains("application/json");
	}

	@Test
	void aCrossOriginWriteFromAnOriginNotAllowedIsA403Problem() {
		Reply refused = this.api.withoutRequestCheck()
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "POST")
			.send(HttpMethod.OPTIONS, "/api/v1/actors", null, null);
		refused.assertStatus(403).assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.type()).isEqualTo("urn:parley:problem:forbidden");
		Reply read = this.api.withoutRequestCheck().header("Origin", "https://elsewhere.example").get("/api/v1/actors");
		assertThat(read.status()).isEqualTo(200);
	}

	@Test
	void theErrorEndpointIsNotPartOfThePublishedApi() {
		assertThat(this.api.withoutRequestCheck().get("/v3/api-docs").assertStatus(200).has("paths./error")).isFalse();
	}

}
