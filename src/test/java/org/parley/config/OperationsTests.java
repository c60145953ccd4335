package org.parley.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator gets: metrics, build information, request ids, compressed answers. */
@ApiTest
class OperationsTests {

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void prometheusScrapesHttpJvmPoolAndParleysOwnCounters() {
		this.api.asEditor()
			.post("/api/v1/issues", Map.of("code", "metrics-issue", "name", "M", "question", "Counted?"))
			.assertStatus(201);
		String metrics = this.api.get("/actuator/prometheus").assertStatus(200).text();
		assertThat(metrics).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
				"hikaricp_connections_active", "parley_writes_total{method=\"POST\",resource=\"issues\"}");
		this.api.asEditor().ifMatch("*").delete("/api/v1/issues/metrics-issue").assertStatus(204);
	}

	@Test
	void infoTellsTheVersionAndTheCommit() {
		Reply info = this.api.get("/actuator/info").assertStatus(200);
		assertThat(info.string("build.version")).isNotBlank();
		assertThat(info.string("build.artifact")).isEqualTo("parley");
		if (Files.isDirectory(Path.of(".git"))) {
			assertThat(info.string("git.commit.id")).matches("[0-9a-f]{7,40}");
		}
	}

	@Test
	void everyAnswerCarriesARequestIdTheClientsOwnWhenSensible() {
		assertThat(this.api.header("X-Request-Id", "import-42").get("/api/v1/issues").header("X-Request-Id"))
			.isEqualTo("import-42");
		assertThat(this.api.get("/api/v1/issues").header("X-Request-Id")).matches("[0-9a-f-]{36}");
		assertThat(this.api.header("X-Request-Id", "no spaces please").get("/api/v1/issues").header("X-Request-Id"))
			.matches("[0-9a-f-]{36}");
	}

	@Test
	void largeAnswersAreCompressedForClientsThatAcceptIt() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /v3/api-docs HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n"
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String head = new String(in.readNBytes(2000), StandardCharsets.ISO_8859_1);
			assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Encoding: gzip");
		}
	}

}
