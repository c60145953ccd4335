package org.parley.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parley.ParleyApplication;
import org.parley.contract.SpecRequests.Known;
import org.parley.contract.SpecRequests.Operation;
import org.parley.contract.SpecRequests.Request;
import org.parley.support.Api;
import org.parley.support.Contract;
import org.parley.support.Reply;
import org.parley.support.TestApiKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.fail;

/**
 * Requests made up from the published OpenAPI description ({@link SpecRequests}), for
 * every operation it lists, sent to a Parley of this test's own (its own throw-away
 * database, since the requests create, change and delete): whatever they hold, no answer
 * is a 5xx or takes more than 10 s, every 4xx is an {@code application/problem+json}
 * problem whose {@code status} is the answer's, and every answer is one the description
 * documents for the operation, with a body matching its schema ({@link Contract}).
 * <p>
 * The seed is random on each run and printed; {@code -Dparley.fuzz.seed=N} repeats a run,
 * {@code -Dparley.fuzz.requests=N} sets how many requests each operation gets (default
 * 40).
 */
class GeneratedRequestsTests {

	static final long SEED = Long.getLong("parley.fuzz.seed", ThreadLocalRandom.current().nextLong());

	static final int REQUESTS = Integer.getInteger("parley.fuzz.requests", 30);

	static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	static final Map<String, AtomicInteger> statuses = new TreeMap<>();

	static ConfigurableApplicationContext parley;

	static SpecRequests requests;

	static Contract contract;

	@BeforeAll
	static void startParleyAndLearnWhatItHolds() throws IOException, InterruptedException {
		Files.deleteIfExists(Path.of("target", "generated-requests-failures.txt"));
		parley = new SpringApplicationBuilder(ParleyApplication.class).run("--server.port=0",
				"--parley.embedded-postgres.data-directory=", "--parley.security.admin-key=" + TestApiKeys.ADMIN_KEY,
				"--parley.rate-limit.anonymous-per-minute=1000000", "--parley.rate-limit.key-per-minute=1000000",
				"--spring.main.banner-mode=off");
		String baseUrl = "http://localhost:" + ((WebServerApplicationContext) parley).getWebServer().getPort();
		String description = http
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		contract = Contract.of(description);
		requests = new SpecRequests(JsonMapper.shared().readTree(description), known(Api.at(baseUrl)), baseUrl);
		System.out.printf("Generated requests: seed %d, %d per operation (-Dparley.fuzz.seed=%d repeats them)%n", SEED,
				REQUESTS, SEED);
	}

	@AfterAll
	static void stop() {
		System.out.println("Generated requests answered, by status: " + statuses);
		if (parley != null) {
			parley.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyOperationAnswersMadeUpRequestsWithoutA5xxAndAsDocumented() {
		return requests.operations()
			.stream()
			.map((operation) -> DynamicTest.dynamicTest(
					operation.id() + " (" + operation.method() + " " + operation.template() + ")",
					() -> sendAndCheck(operation)));
	}

	private static void sendAndCheck(Operation operation) throws InterruptedException {
		Random random = new Random(SEED ^ operation.id().hashCode());
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Request request = requests.next(operation, random);
			String failure = check(request);
			if (failure != null) {
				failures.add(printable(failure));
			}
		}
		if (!failures.isEmpty()) {
			report(operation, failures);
			fail("%d of %d made-up requests to %s got answers that break the contract (seed %d; "
					+ "-Dparley.fuzz.seed=%d repeats them). The first:%n%n%s", failures.size(), REQUESTS,
					operation.id(), SEED, SEED, String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
		}
	}

	/** The text with controls and lone surrogates written as {@code \\uXXXX}. */
	static String printable(String text) {
		StringBuilder printable = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				printable.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n')) {
				printable.append(String.format("\\u%04X", (int) c));
			}
			else {
				printable.append(c);
			}
		}
		return printable.toString();
	}

	/** Every failure, in full, to target/generated-requests-failures.txt. */
	private static synchronized void report(Operation operation, List<String> failures) {
		Path file = Path.of("target", "generated-requests-failures.txt");
		StringBuilder text = new StringBuilder();
		failures.forEach((failure) -> text.append("## ")
			.append(operation.id())
			.append(" (seed ")
			.append(SEED)
			.append(")\n")
			.append(failure)
			.append("\n\n"));
		try {
			Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the request; what is wrong with the answer, or null. */
	private static String check(Request request) throws InterruptedException {
		HttpResponse<byte[]> response;
		try {
			response = http.send(build(request), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (HttpTimeoutException ex) {
			return request + "\n→ no answer within 10 s";
		}
		catch (IOException ex) {
			return request + "\n→ the connection failed: " + ex;
		}
		int status = response.statusCode();
		synchronized (statuses) {
			statuses.computeIfAbsent(String.valueOf(status), (s) -> new AtomicInteger()).incrementAndGet();
		}
		Reply reply = new Reply(status, headers(response.headers().map()), response.body());
		String answer = "\n→ " + status + " " + reply.headers().getContentType() + " "
				+ SpecRequests.abbreviate(reply.text());
		if (status >= 500) {
			return request + answer;
		}
		if (status >= 400) {
			String problem = problem(reply);
			if (problem != null) {
				return request + answer + "\n" + problem;
			}
		}
		try {
			HttpHeaders sent = new HttpHeaders();
			request.headers().forEach(sent::set);
			if (request.contentType() != null) {
				sent.set(HttpHeaders.CONTENT_TYPE, request.contentType());
			}
			contract.check(request.method(), request.uri(), sent,
					(request.body() != null) ? request.body().getBytes(java.nio.charset.StandardCharsets.UTF_8) : null,
					status, reply.headers(), response.body(), false);
		}
		catch (AssertionError ex) {
			return request + answer + "\n" + ex.getMessage();
		}
		return null;
	}

	/** What keeps a 4xx answer from being a problem of its status, or null. */
	private static String problem(Reply reply) {
		if (reply.headers().getContentType() == null
				|| !reply.headers().getContentType().toString().startsWith("application/problem+json")) {
			return "a 4xx must be application/problem+json";
		}
		try {
			JsonNode body = reply.json();
			if (body.path("status").asInt() != reply.status() || body.path("title").asString("").isBlank()) {
				return "the problem's status and title must be the answer's";
			}
		}
		catch (RuntimeException ex) {
			return "the problem is not JSON: " + ex.getMessage();
		}
		return null;
	}

	private static HttpRequest build(Request request) {
		HttpRequest.BodyPublisher body = (request.body() != null) ? HttpRequest.BodyPublishers.ofString(request.body())
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
			.timeout(Duration.ofSeconds(10))
			.method(request.method().name(), body);
		request.headers().forEach(builder::header);
		if (request.contentType() != null) {
			builder.header(HttpHeaders.CONTENT_TYPE, request.contentType());
		}
		return builder.build();
	}

	private static HttpHeaders headers(Map<String, List<String>> map) {
		HttpHeaders headers = new HttpHeaders();
		map.forEach((name, values) -> {
			if (!name.startsWith(":")) {
				headers.addAll(name, values);
			}
		});
		return headers;
	}

	/**
	 * What the requests can name: the seed's records, an article ingested for candidates,
	 * an editor key to write with and keys that may be revoked.
	 */
	private static Known known(Api api) {
		Api admin = api.asAdmin();
		String editorKey = api.newKey("generated requests", "EDITOR");
		Api editor = api.withKey(editorKey);
		editor.post("/api/v1/articles",
				Map.of("slug", "generated-requests-article", "title", "Envoys meet again", "outlet", "Test Wire",
						"publishedOn", "2025-09-01", "language", "en", "body",
						"\u201cWe are close to a ceasefire,\u201d Donald Trump said on Monday.\n\n"
								+ "\u201cNothing is agreed,\u201d the Kremlin said."))
			.assertStatus(201);
		Map<String, List<String>> identifiers = new TreeMap<>();
		identifiers.put("actors", values(api, "/api/v1/actors?size=100", "slug"));
		identifiers.put("summits", values(api, "/api/v1/summits?size=100", "slug"));
		identifiers.put("articles", values(api, "/api/v1/articles?size=100", "slug"));
		identifiers.put("statements", values(api, "/api/v1/statements?size=100", "id"));
		identifiers.put("positions", values(api, "/api/v1/positions?size=100", "id"));
		identifiers.put("issues", values(api, "/api/v1/issues?size=100", "code"));
		identifiers.put("discrepancies", values(api, "/api/v1/discrepancies?size=100", "slug"));
		identifiers.put("candidates",
				values(api, "/api/v1/articles/generated-requests-article/candidates?size=100", "id"));
		List<String> revocable = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			revocable.add(String.valueOf(api.createKey("revocable " + i, "EDITOR").longValue("id")));
		}
		identifiers.put("api-keys", revocable);
		admin.get("/api/v1/admin/api-keys").assertStatus(200);
		return new Known(identifiers, editorKey, TestApiKeys.ADMIN_KEY);
	}

	private static List<String> values(Api api, String uri, String property) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : api.get(uri).assertStatus(200).list("content")) {
			values.add(item.path(property).asString());
		}
		return values;
	}

}
