package org.parley.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.github.bucket4j.util.concurrent.batch.BatchHelper.BatchFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Token buckets kept in PostgreSQL ({@code rate_limit_bucket}, V20), so that every
 * instance on the database takes from the same bucket: Bucket4j's PostgreSQL store. A
 * token costs one short transaction (SELECT ... FOR UPDATE of the bucket's row, UPDATE,
 * COMMIT, without waiting for the WAL: the table is unlogged) on a pool of its own, so
 * requests waiting on the limiter never hold a connection the API needs. Requests for one
 * bucket that arrive while its transaction runs wait and go together in the next one
 * (Bucket4j's batching), so a burst from one client is a few transactions, not a queue on
 * its row lock.
 *
 * <p>
 * The store is given half a second to answer (a connection, a statement, a lock). When it
 * does not, it is left alone for five seconds and {@link #tryConsume} answers empty: the
 * caller then counts on this instance alone until the store answers again. Refusing every
 * request while PostgreSQL is away would turn an outage of the database into one of
 * everything that does not need it (the dashboard's files, the health checks' callers);
 * waiting for it would make every request hang as long as the database does.
 */
final class SharedBuckets implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

	/** The longest a request waits for the store. */
	static final Duration WAIT = Duration.ofMillis(500);

	/** How long the store is left alone after it did not answer. */
	static final Duration PAUSE = Duration.ofSeconds(5);

	private static final Duration PERIOD = Duration.ofMinutes(1);

	/**
	 * How long a full bucket's row is kept: a little past full, for instances whose
	 * clocks differ a little.
	 */
	private static final Duration KEEP = Duration.ofSeconds(10);

	private static final int CLEANUP_BATCH = 1000;

	private final HikariDataSource pool;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	/** The proxies of the buckets in use: each batches the requests made through it. */
	private final Cache<String, Bucket> proxies;

	private final ScheduledExecutorService cleaner;

	private final AtomicBoolean down = new AtomicBoolean();

	private volatile boolean paused;

	private volatile long pausedAt;

	SharedBuckets(JdbcConnectionDetails database, int maxClients) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("parley-rate-limit");
		config.setJdbcUrl(database.getJdbcUrl());
		config.setUsername(database.getUsername());
		config.setPassword(database.getPassword());
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(1);
		config.setConnectionTimeout(WAIT.toMillis());
		config.setValidationTimeout(250);
		// Starting does not wait for the database: the store is not needed before the
		// first request.
		config.setInitializationFailTimeout(-1);
		config.addDataSourceProperty("connectTimeout", "1");
		config.addDataSourceProperty("loginTimeout", "1");
		config.addDataSourceProperty("ApplicationName", "parley-rate-limit");
		// A lost count is a token given back, nothing more: no wait for the WAL.
		config.addDataSourceProperty("options", "-c statement_timeout=" + WAIT.toMillis() + " -c lock_timeout="
				+ WAIT.toMillis() + " -c synchronous_commit=off");
		this.pool = new HikariDataSource(config);
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new AnswerWithin(this.pool, WAIT))
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP))
			.build();
		this.proxies = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(PERIOD).build();
		this.cleaner = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "parley-rate-limit-cleanup");
			thread.setDaemon(true);
			return thread;
		});
		this.cleaner.scheduleWithFixedDelay(this::removeFullBuckets, 1, 1, TimeUnit.MINUTES);
	}

	/**
	 * Takes a token from the bucket {@code id}, made with {@code perMinute} tokens a
	 * minute if there is none yet; empty when the store did not answer in time, or did
	 * not lately.
	 */
	Optional<ConsumptionProbe> tryConsume(String id, long perMinute) {
		long started = System.nanoTime();
		if (this.paused && started - this.pausedAt < PAUSE.toNanos()) {
			return Optional.empty();
		}
		try {
			ConsumptionProbe probe = this.proxies
				.get(id, (ignored) -> this.buckets.builder()
					.withOptimization(Optimizations.batching())
					.build(id, () -> configuration(perMinute)))
				.tryConsumeAndReturnRemaining(1);
			// an answer to a request made before the store last failed proves nothing
			if (this.paused && started - this.pausedAt > 0) {
				this.paused = false;
			}
			if (!this.paused && this.down.compareAndSet(true, false)) {
				log.info("Rate limits are shared through PostgreSQL again");
			}
			return Optional.of(probe);
		}
		catch (BucketExecutionException | BatchFailedException ex) {
			this.pausedAt = System.nanoTime();
			this.paused = true;
			if (this.down.compareAndSet(false, true)) {
				log.warn(
						"The rate limiter did not reach PostgreSQL within {} ms ({}); this instance counts "
								+ "requests on its own until it does, trying again every {} s",
						WAIT.toMillis(), ex.getCause(), PAUSE.toSeconds());
			}
			return Optional.empty();
		}
	}

	private static BucketConfiguration configuration(long perMinute) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD))
			.build();
	}

	/** Deletes the rows of buckets that are full again: a new bucket is the same. */
	private void removeFullBuckets() {
		try {
			while (!this.paused && this.buckets.removeExpired(CLEANUP_BATCH) == CLEANUP_BATCH) {
				// the next batch
			}
		}
		catch (RuntimeException ex) {
			log.debug("Full rate limit buckets not removed this time", ex);
		}
	}

	@Override
	public void close() {
		this.cleaner.shutdownNow();
		this.pool.close();
	}

	/**
	 * Connections that wait at most {@code wait} for an answer: the driver's socket
	 * timeout counts in whole seconds, its network timeout in milliseconds.
	 */
	private static final class AnswerWithin extends DelegatingDataSource {

		private final int millis;

		AnswerWithin(HikariDataSource pool, Duration wait) {
			super(pool);
			this.millis = (int) wait.toMillis();
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			try {
				connection.setNetworkTimeout(Runnable::run, this.millis);
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			return connection;
		}

	}

}
