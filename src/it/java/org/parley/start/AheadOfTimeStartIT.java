package org.parley.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started the way README's "Memory and start-up" describes, from the
 * beans the build worked out ahead of time ({@code -Dspring.aot.enabled=true}), on the
 * embedded default with throw-away data: it must start, say it runs the processed
 * context, and answer like the plain start. The plain start is the one the generated
 * client tests use, because the build's {@code spring-boot:start} waits on an admin bean
 * that the processed context leaves out (it is switched on by a property read when the
 * jar is built).
 */
class AheadOfTimeStartIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static Process parley;

	static Path log;

	static String url;

	@BeforeAll
	static void startTheProcessedJar() throws Exception {
		String port = System.getProperty("parley.aot.port");
		url = "http://localhost:" + port;
		log = Path.of(System.getProperty("parley.aot.log"));
		Files.createDirectories(log.getParent());
		String java = ProcessHandle.current().info().command().orElse("java");
		parley = new ProcessBuilder(List.of(java, "@" + System.getProperty("parley.jvm-options"),
				"-Dspring.aot.enabled=true", "-jar", System.getProperty("parley.jar"), "--server.port=" + port,
				"--parley.embedded-postgres.data-directory=", "--spring.main.banner-mode=off"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		StartedParley.waitUntilReady(parley, url, log, Duration.ofMinutes(3));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		StartedParley.stop(parley);
	}

	@Test
	void startsFromTheProcessedBeans() throws IOException {
		assertThat(Files.readString(log)).contains("Starting AOT-processed ParleyApplication");
	}

	@Test
	void servesTheSeedFromItsEmbeddedDatabase() throws Exception {
		HttpResponse<String> response = get("/api/v1/statements?actor=donald-trump&size=2");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = JSON.readTree(response.body());
		assertThat(page.get("content")).hasSize(2);
		assertThat(page.get("content").get(0).get("speaker").get("slug").asText()).isEqualTo("donald-trump");
	}

	@Test
	void answersBadInputWithAProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/statements?size=lots");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
		assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("size");
	}

	@Test
	void refusesWritesWithoutAKey() throws Exception {
		HttpResponse<String> response = StartedParley.HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/actors"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Nobody Allowed\",\"kind\":\"PERSON\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return StartedParley.HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
