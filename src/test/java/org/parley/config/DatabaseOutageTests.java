package org.parley.config;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Reply;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away, or hangs, and comes back: requests fail fast with a 503 problem
 * the client may retry, liveness stays up without touching the database, readiness goes
 * down while it is away, and Parley answers normally soon after it is back, with nothing
 * written lost. The database here is one of the test's own, so that the test can stop,
 * freeze and start it. Requests are rate limited as usual (limits never reached), so the
 * limiter's own use of the database is part of what is timed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.security.admin-key=" + TestApiKeys.ADMIN_KEY,
				"parley.rate-limit.anonymous-per-minute=1000000", "parley.rate-limit.key-per-minute=1000000" })
@AutoConfigureRestTestClient
@Import({ DatabaseOutageTests.OwnDatabase.class, Api.class })
class DatabaseOutageTests {

	static final File DATA = temporaryDirectory();

	static final int PORT = freePort();

	static EmbeddedPostgres postgres = start();

	@Autowired
	Api api;

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void whileTheDatabaseIsDownRequestsFailFastAndAfterItIsBackTheyAnswerAgain() throws Exception {
		Api editor = this.api.asEditor();
		editor.post("/api/v1/issues", Map.of("code", "before-outage", "name", "Before", "question", "Kept?"))
			.assertStatus(201);
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);

		postgres.close();

		Instant asked = Instant.now();
		Reply down = this.api.get("/api/v1/actors");
		Duration failedAfter = Duration.between(asked, Instant.now());
		down.assertStatus(503);
		assertThat(down.type()).isEqualTo("urn:parley:problem:unavailable");
		assertThat(down.header(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		assertThat(failedAfter).isLessThan(Duration.ofSeconds(4));
		assertThat(
				editor.post("/api/v1/issues", Map.of("code", "during-outage", "name", "D", "question", "Q?")).status())
			.isEqualTo(503);

		Instant probed = Instant.now();
		assertThat(this.api.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(Duration.between(probed, Instant.now())).isLessThan(Duration.ofSeconds(2));
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(503);

		postgres = start();
		Duration recovered = untilNormalAnswers();
		System.out.printf("Outage: a request failed after %d ms; normal answers %d ms after PostgreSQL was back%n",
				failedAfter.toMillis(), recovered.toMillis());
		assertThat(recovered).isLessThan(Duration.ofSeconds(5));
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		this.api.get("/api/v1/issues/before-outage").assertStatus(200);
		this.api.get("/api/v1/issues/during-outage").assertStatus(404);
	}

	@Test
	void whileTheDatabaseHangsRequestsFailFastAndAfterItResumesTheyAnswerAgain() throws Exception {
		Api editor = this.api.asEditor();
		editor.post("/api/v1/issues", Map.of("code", "before-hang", "name", "Before", "question", "Kept?"))
			.assertStatus(201);
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);

		List<ProcessHandle> frozen = postgresProcesses();
		signal("STOP", frozen);
		Duration failedAfter;
		Duration writeFailedAfter;
		Duration livenessAfter;
		Duration readinessAfter;
		try {
			Instant asked = Instant.now();
			Reply hung = this.api.get("/api/v1/actors");
			failedAfter = Duration.between(asked, Instant.now());
			hung.assertStatus(503);
			assertThat(hung.type()).isEqualTo("urn:parley:problem:unavailable");
			assertThat(hung.header(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
			assertThat(failedAfter).isLessThan(Duration.ofSeconds(4));

			asked = Instant.now();
			Reply write = editor.post("/api/v1/issues", Map.of("code", "during-hang", "name", "D", "question", "Q?"));
			writeFailedAfter = Duration.between(asked, Instant.now());
			assertThat(write.status()).isEqualTo(503);
			assertThat(writeFailedAfter).isLessThan(Duration.ofSeconds(4));

			asked = Instant.now();
			assertThat(this.api.get("/actuator/health/liveness").status()).isEqualTo(200);
			livenessAfter = Duration.between(asked, Instant.now());
			assertThat(livenessAfter).isLessThan(Duration.ofSeconds(1));

			asked = Instant.now();
			assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(503);
			readinessAfter = Duration.between(asked, Instant.now());
		}
		finally {
			signal("CONT", frozen);
		}

		Duration recovered = untilNormalAnswers();
		System.out.printf(
				"Hung database (%d processes stopped): a read failed after %d ms, a write after %d ms; liveness "
						+ "answered in %d ms, readiness DOWN in %d ms; normal answers %d ms after PostgreSQL resumed%n",
				frozen.size(), failedAfter.toMillis(), writeFailedAfter.toMillis(), livenessAfter.toMillis(),
				readinessAfter.toMillis(), recovered.toMillis());
		assertThat(recovered).isLessThan(Duration.ofSeconds(5));
		assertThat(this.api.get("/actuator/health/readiness").status()).isEqualTo(200);
		// What was acknowledged before the hang is there; writes go through again. (The
		// write answered 503 was not acknowledged: the client retries it.)
		this.api.get("/api/v1/issues/before-hang").assertStatus(200);
		editor.post("/api/v1/issues", Map.of("code", "after-hang", "name", "After", "question", "Kept?"))
			.assertStatus(201);
		this.api.get("/api/v1/issues/after-hang").assertStatus(200);
	}

	/**
	 * The postmaster (the first line of {@code postmaster.pid}) and every process under
	 * it: stopping them all is a database that hangs, its connections open and silent.
	 */
	static List<ProcessHandle> postgresProcesses() throws IOException {
		long pid = Long.parseLong(Files.readAllLines(DATA.toPath().resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
	}

	static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((process) -> command.add(Long.toString(process.pid())));
		Process kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor()).as("kill -%s", signal).isZero();
	}

	/** PostgreSQL on a fixed port and data directory, so that it can be started again. */
	static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(PORT).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static File temporaryDirectory() {
		try {
			return Files.createTempDirectory("parley-outage").toFile();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		JdbcConnectionDetails outageDatabase() {
			return EmbeddedPostgresAutoConfiguration.connectionDetails(PORT);
		}

	}

	/**
	 * How long after now the API answers normally again, asking every 100 ms for up to 10
	 * s; fails if it never does.
	 */
	private Duration untilNormalAnswers() throws InterruptedException {
		Instant back = Instant.now();
		Reply answer = this.api.get("/api/v1/actors");
		while (answer.status() != 200 && Duration.between(back, Instant.now()).toSeconds() < 10) {
			Thread.sleep(100);
			answer = this.api.get("/api/v1/actors");
		}
		answer.assertStatus(200);
		return Duration.between(back, Instant.now());
	}

}
