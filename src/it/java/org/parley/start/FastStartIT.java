package org.parley.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/fast-start}, the fast start README's "Memory and start-up" describes, on
 * the packaged jar and the JDK running the tests: the first start extracts the jar and
 * trains the archive (a class-data archive, or the ahead-of-time cache on JDK 24 and
 * newer), a second start reuses it, and both run from the beans worked out at build time,
 * on the embedded default with throw-away data.
 */
class FastStartIT {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Path BASE = Path.of(System.getProperty("parley.basedir"));

	static final Path APP = BASE.resolve("target/fast-start-it");

	static final Path ARCHIVE = APP.resolve(Runtime.version().feature() >= 24 ? "parley.aot" : "parley.jsa");

	static final String URL = "http://localhost:" + System.getProperty("parley.fast-start.port");

	static String firstLog;

	static Process parley;

	static Path log;

	@BeforeAll
	static void startTwice() throws Exception {
		deleteRecursively(APP);
		parley = fastStart("fast-start-first.log");
		waitUntilReady(Duration.ofMinutes(6));
		stop();
		firstLog = Files.readString(log);
		parley = fastStart("fast-start-second.log");
		waitUntilReady(Duration.ofMinutes(2));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (parley != null) {
			parley.destroy();
			if (!parley.waitFor(60, TimeUnit.SECONDS)) {
				parley.destroyForcibly();
			}
		}
	}

	@Test
	void trainsTheArchiveOnTheFirstStartOnly() throws IOException {
		assertThat(firstLog).contains("training the archive");
		assertThat(Files.readString(log)).doesNotContain("training the archive");
		assertThat(ARCHIVE).isNotEmptyFile();
	}

	@Test
	void startsFromTheProcessedBeansWithTheArchiveMapped() throws IOException {
		assertThat(Files.readString(log)).contains("Starting AOT-processed ParleyApplication");
		// the script execs java, so the process is the JVM
		assertThat(Files.readString(Path.of("/proc/" + parley.pid() + "/maps")))
			.contains(ARCHIVE.toRealPath().toString());
	}

	@Test
	void servesTheSeed() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(URL + "/api/v1/statements?actor=donald-trump&size=1"))
					.timeout(Duration.ofSeconds(30))
					.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"slug\":\"donald-trump\"");
	}

	private static Process fastStart(String logName) throws IOException {
		log = BASE.resolve("target").resolve(logName);
		ProcessBuilder builder = new ProcessBuilder(List.of("bash", "scripts/fast-start",
				"--server.port=" + System.getProperty("parley.fast-start.port"),
				"--parley.embedded-postgres.data-directory=", "--spring.main.banner-mode=off"))
			.directory(BASE.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("APP", APP.toString());
		builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
		return builder.start();
	}

	private static void waitUntilReady(Duration patience) throws Exception {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!parley.isAlive()) {
				throw new IllegalStateException("Parley stopped with exit code " + parley.exitValue() + "; see " + log);
			}
			try {
				if (HTTP
					.send(HttpRequest.newBuilder(URI.create(URL + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// keep waiting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Parley was not ready within " + patience + "; see " + log);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (var paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
