package org.parley.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code scripts/fast-start}, the fast start README's "Memory and start-up" describes, on
 * the packaged jar and the JDK running the tests: the first start extracts the jar and
 * trains the archive (a class-data archive, or the ahead-of-time cache on JDK 24 and
 * newer), a second start reuses it, and both run from the beans worked out at build time,
 * on the embedded default with throw-away data.
 */
class FastStartIT {

	static final Path BASE = Path.of(System.getProperty("parley.basedir"));

	static final Path APP = BASE.resolve("target/fast-start-it");

	static final Path ARCHIVE = APP.resolve(Runtime.version().feature() >= 24 ? "parley.aot" : "parley.jsa");

	static final String URL = "http://localhost:" + System.getProperty("parley.fast-start.port");

	static String firstLog;

	static Process parley;

	static Path log;

	@BeforeAll
	static void startTwice() throws Exception {
		FileSystemUtils.deleteRecursively(APP);
		parley = fastStart("fast-start-first.log");
		StartedParley.waitUntilReady(parley, URL, log, Duration.ofMinutes(6));
		stop();
		firstLog = Files.readString(log);
		parley = fastStart("fast-start-second.log");
		StartedParley.waitUntilReady(parley, URL, log, Duration.ofMinutes(2));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		StartedParley.stop(parley);
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
		HttpResponse<String> response = StartedParley.HTTP.send(
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

}
