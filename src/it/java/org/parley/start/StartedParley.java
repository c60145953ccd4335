package org.parley.start;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A Parley process the start tests launched themselves: waiting until it reports ready,
 * and stopping it.
 */
final class StartedParley {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private StartedParley() {
	}

	/** Waits until {@code url}'s readiness probe answers 200; fails if Parley stops first. */
	static void waitUntilReady(Process parley, String url, Path log, Duration patience) throws Exception {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!parley.isAlive()) {
				throw new IllegalStateException("Parley stopped with exit code " + parley.exitValue() + "; see " + log);
			}
			try {
				HttpRequest readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(30))
					.build();
				if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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

	/** Stops Parley as a service manager would (SIGTERM), forcibly after a minute. */
	static void stop(Process parley) throws InterruptedException {
		if (parley != null) {
			parley.destroy();
			if (!parley.waitFor(60, TimeUnit.SECONDS)) {
				parley.destroyForcibly();
			}
		}
	}

}
