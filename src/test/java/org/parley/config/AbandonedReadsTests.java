package org.parley.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Exports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that gives up on a read does not leave its query running: the query is
 * cancelled soon after the client closes its connection, long before the statement
 * timeout. A client that waits gets its answer. The read is made slow by holding a lock
 * on the statements it lists.
 */
@ApiTest
class AbandonedReadsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void aReadWhoseClientHasGoneHasItsQueryCancelled() throws Exception {
		double before = cancelled();
		try (Connection locker = lockStatements(); Connection observer = this.dataSource.getConnection()) {
			Socket client = send("/api/v1/statements?size=5");
			Duration waited = until(observer, 1);
			assertThat(waited).isLessThan(Duration.ofSeconds(2));

			Instant closed = Instant.now();
			client.close();
			Duration cancelledAfter = until(observer, 0);

			assertThat(cancelled()).isEqualTo(before + 1);
			// the statement timeout is 2.5 s; the lock is still held
			assertThat(cancelledAfter).isLessThan(Duration.ofMillis(1500));
			assertThat(Duration.between(closed, Instant.now())).isLessThan(Duration.ofMillis(2000));
			locker.rollback();
		}
		this.api.get("/api/v1/statements?size=5").assertStatus(200);
	}

	@Test
	void aReadWhoseClientWaitsGetsItsAnswer() throws Exception {
		double before = cancelled();
		try (Connection observer = this.dataSource.getConnection()) {
			Socket client;
			try (Connection locker = lockStatements()) {
				client = send("/api/v1/statements?size=5");
				until(observer, 1);
				Thread.sleep(750); // three checks
				assertThat(waiting(observer)).isEqualTo(1);
				locker.rollback();
			}
			try (client) {
				client.setSoTimeout(10_000);
				String answer = new String(client.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
				assertThat(answer).isEqualTo("HTTP/1.1 200");
			}
		}
		assertThat(cancelled()).isEqualTo(before);
	}

	@Test
	void aReadThatHoldsNoConnectionIsLeftAlone() throws Exception {
		double before = cancelled();
		try (Socket client = send("/actuator/health/liveness")) {
			client.setSoTimeout(10_000);
			InputStream in = client.getInputStream();
			assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
		}
		assertThat(cancelled()).isEqualTo(before);
	}

	@Test
	void aWatchedReadHandsItsConnectionBackToThePoolWhole() {
		// an export streams through JDBC inside a transaction; its connection must come
		// back
		// open, not be closed behind the transaction's back and replaced
		double failed = failedLists();
		for (int i = 0; i < 3; i++) {
			this.api.accept(Exports.CSV).get("/api/v1/statements").assertStatus(200);
			this.api.get("/api/v1/statements?size=5").assertStatus(200);
		}
		assertThat(failedLists()).as("lists and exports that failed after answering").isEqualTo(failed);
	}

	private Connection lockStatements() throws SQLException {
		Connection locker = this.dataSource.getConnection();
		locker.setAutoCommit(false);
		try (Statement lock = locker.createStatement()) {
			lock.execute("lock table statement in access exclusive mode");
		}
		return locker;
	}

	private Socket send(String target) throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

	/** How long until as many queries as given wait for the lock; fails after 10 s. */
	private Duration until(Connection observer, int queries) throws Exception {
		Instant start = Instant.now();
		while (waiting(observer) != queries) {
			assertThat(Duration.between(start, Instant.now())).as("waiting for %d queries on the lock", queries)
				.isLessThan(Duration.ofSeconds(10));
			Thread.sleep(20);
		}
		return Duration.between(start, Instant.now());
	}

	private static int waiting(Connection observer) throws SQLException {
		try (Statement query = observer.createStatement();
				ResultSet rows = query
					.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
							+ " and query like '%from statement%' and pid <> pg_backend_pid()")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * Statement lists and exports that ended in an exception (a transaction that could
	 * not commit, say), answered or not.
	 */
	private double failedLists() {
		return this.meters.find("http.server.requests")
			.tag("uri", "/api/v1/statements")
			.timers()
			.stream()
			.filter((timer) -> !"none".equals(timer.getId().getTag("exception")))
			.mapToDouble((timer) -> timer.count())
			.sum();
	}

	private double cancelled() {
		return this.meters.counter("parley.abandoned.reads.cancelled").count();
	}

}
