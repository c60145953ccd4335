package org.parley.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write declaring a body over the limit (8 MB) is refused before anything reads it; a
 * body without a declared length is refused too. Sent over a raw socket: the bodies are
 * never sent in full.
 */
@ApiTest
class RequestSizeLimitTests {

	@LocalServerPort
	int port;

	@Test
	void aBodyDeclaredOverTheLimitIsA413Problem() throws Exception {
		String response = sendLarge(9_000_000);
		assertThat(response).startsWith("HTTP/1.1 413")
			.contains("application/problem+json")
			.contains("urn:parley:problem:request-too-large")
			.contains("9000000 bytes");
	}

	@Test
	void aChunkedBodyIsA411Problem() throws IOException {
		String response = send("Transfer-Encoding: chunked\r\n", "2\r\n{}\r\n0\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 411")
			.contains("application/problem+json")
			.contains("urn:parley:problem:length-required");
	}

	@Test
	void aBodyUnderTheLimitIsRead() throws IOException {
		String body = "{}";
		String response = send("Content-Length: " + body.length() + "\r\n", body);
		// past the limit, the empty article is refused by validation
		assertThat(response).startsWith("HTTP/1.1 400").contains("urn:parley:problem:invalid-body");
	}

	/**
	 * Sends a body of {@code length} bytes from another thread, as a client would, and
	 * reads the answer: Tomcat answers before the body is read, then reads (and drops) a
	 * little of the rest before it closes the connection.
	 */
	private String sendLarge(int length) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/json\r\nAuthorization: Bearer " + TestApiKeys.ADMIN_KEY + "\r\n"
					+ "Content-Length: " + length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread writer = new Thread(() -> {
				byte[] chunk = new byte[64 * 1024];
				java.util.Arrays.fill(chunk, (byte) 'x');
				try {
					for (int sent = 0; sent < length; sent += chunk.length) {
						out.write(chunk, 0, Math.min(chunk.length, length - sent));
					}
				}
				catch (IOException ex) {
					// the server closed the connection once it had answered
				}
			});
			writer.start();
			InputStream in = socket.getInputStream();
			StringBuilder response = new StringBuilder();
			byte[] buffer = new byte[8192];
			try {
				for (int n; (n = in.read(buffer)) > 0 && !response.toString().contains("}");) {
					response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				// a reset after the answer arrived
			}
			writer.join(10_000);
			return response.toString();
		}
	}

	private String send(String headers, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/articles HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
					+ "Content-Type: application/json\r\nAuthorization: Bearer " + TestApiKeys.ADMIN_KEY + "\r\n"
					+ headers + "\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
