package org.parley.config;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.common.WebSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cancels the database query of a read (GET, HEAD) whose client has gone away: a client
 * that gives up on a slow answer must not leave its query holding one of the pool's few
 * connections until the statement timeout, nor an export's query (which has none) until
 * it ends.
 *
 * <p>
 * Every read is watched while it runs. Every
 * {@code parley.abandoned-reads.check-interval} (250 ms) one thread looks at the reads
 * that have held a connection for longer than that and, if any, at the connections the
 * clients have closed ({@link ClosedByPeer}: Linux only; elsewhere nothing is watched). A
 * read whose client has closed its connection gets its running statement cancelled
 * ({@link Statement#cancel()}: the driver asks PostgreSQL to stop that statement, and
 * does nothing once it has ended). Only a statement made on a connection the read still
 * holds is cancelled, and returning a connection to the pool waits while it is being
 * cancelled, so a cancellation never reaches another request's query. Cancellations are
 * counted in {@code parley_abandoned_reads_cancelled_total}.
 *
 * <p>
 * The client is known by the address and port of its TCP connection, so behind a proxy
 * the proxy must close its connection when its own client goes (nginx does by default);
 * when the address is not the connection's own (forwarded headers), nothing is cancelled.
 */
@Component
class AbandonedReads extends OncePerRequestFilter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(AbandonedReads.class);

	private static final ThreadLocal<Watch> CURRENT = new ThreadLocal<>();

	private final Set<Watch> watches = ConcurrentHashMap.newKeySet();

	private final long afterNanos;

	private final Counter cancelled;

	private final ScheduledExecutorService checker;

	AbandonedReads(@Value("${parley.abandoned-reads.check-interval:250ms}") Duration interval, MeterRegistry meters) {
		this.afterNanos = interval.toNanos();
		this.cancelled = Counter.builder("parley.abandoned.reads.cancelled")
			.description("Reads whose query was cancelled because their client had gone")
			.register(meters);
		if (interval.isZero() || interval.isNegative() || !ClosedByPeer.available()) {
			log.info("Queries of reads whose client has gone are not cancelled: {}",
					ClosedByPeer.available() ? "parley.abandoned-reads.check-interval is not positive"
							: "this system does not list its TCP connections in /proc/net");
			this.checker = null;
			return;
		}
		this.checker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "abandoned-reads");
			thread.setDaemon(true);
			return thread;
		});
		this.checker.scheduleWithFixedDelay(this::checkSafely, this.afterNanos, this.afterNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.checker == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Watch watch = new Watch(request);
		this.watches.add(watch);
		CURRENT.set(watch);
		try {
			chain.doFilter(request, response);
		}
		finally {
			CURRENT.remove();
			this.watches.remove(watch);
		}
	}

	@Override
	public void destroy() {
		if (this.checker != null) {
			this.checker.shutdownNow();
		}
	}

	private void checkSafely() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check for reads whose client has gone: {}", ex.toString());
		}
	}

	/** Cancels the queries of the reads whose client has closed its connection. */
	void check() {
		long now = System.nanoTime();
		List<Watch> waiting = this.watches.stream().filter((watch) -> watch.querying(now, this.afterNanos)).toList();
		if (waiting.isEmpty()) {
			return;
		}
		Set<ClosedByPeer.Connection> closed = ClosedByPeer.read();
		for (Watch watch : waiting) {
			if (closed.contains(watch.client())) {
				watch.cancel(() -> {
					this.cancelled.increment();
					log.info("The client of {} went away after {} ms; its query is cancelled", watch.request,
							TimeUnit.NANOSECONDS.toMillis(now - watch.since));
				});
			}
		}
	}

	/**
	 * One read while it runs: its client's connection, and the database connection it
	 * holds with the last statement made on it.
	 */
	static final class Watch {

		final String request;

		final long since = System.nanoTime();

		private final HttpServletRequest servletRequest;

		private final String remoteAddress;

		private final int remotePort;

		private final int localPort;

		private final ReentrantLock lock = new ReentrantLock();

		private volatile Connection held;

		private Statement statement;

		private boolean cancelled;

		Watch(HttpServletRequest request) {
			this.servletRequest = request;
			this.request = request.getMethod() + " " + request.getRequestURI();
			this.remoteAddress = request.getRemoteAddr();
			this.remotePort = request.getRemotePort();
			this.localPort = request.getLocalPort();
		}

		boolean querying(long now, long afterNanos) {
			return this.held != null && this.statement != null && now - this.since > afterNanos;
		}

		ClosedByPeer.Connection client() {
			try {
				// a literal address: no name is looked up
				return new ClosedByPeer.Connection(this.localPort, InetAddress.getByName(this.remoteAddress),
						this.remotePort);
			}
			catch (IOException ex) {
				return null;
			}
		}

		/**
		 * The connection as the read sees it: closing it ends the watch on it. It is a
		 * {@link ConnectionProxy}, so that Spring knows a connection a statement answers
		 * ({@code getConnection()}, the pool's) for the same one.
		 */
		Connection hold(Connection connection) {
			this.lock.lock();
			try {
				this.held = connection;
				this.statement = null;
			}
			finally {
				this.lock.unlock();
			}
			InvocationHandler handler = (proxy, method, args) -> invoke(connection, proxy, method, args);
			return (Connection) Proxy.newProxyInstance(AbandonedReads.class.getClassLoader(),
					new Class<?>[] { ConnectionProxy.class }, handler);
		}

		private Object invoke(Connection connection, Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return args != null && proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "getTargetConnection":
					return connection;
				case "close":
					release(connection);
					break;
				default:
			}
			Object result;
			try {
				result = method.invoke(connection, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			if (result instanceof Statement made) {
				this.lock.lock();
				try {
					if (this.held == connection) {
						this.statement = made;
					}
				}
				finally {
					this.lock.unlock();
				}
			}
			return result;
		}

		private void release(Connection connection) {
			this.lock.lock();
			try {
				if (this.held == connection) {
					this.held = null;
					this.statement = null;
				}
			}
			finally {
				this.lock.unlock();
			}
		}

		/**
		 * Cancels the statement running on the held connection, if any, once, running
		 * {@code counted} first.
		 */
		void cancel(Runnable counted) {
			this.lock.lock();
			try {
				Statement running = this.statement;
				if (this.cancelled || this.held == null || running == null) {
					return;
				}
				this.cancelled = true;
				this.servletRequest.setAttribute(WebSupport.ABANDONED, Boolean.TRUE);
				// counted before the query ends, so whoever sees it end sees it counted
				counted.run();
				try {
					running.cancel();
				}
				catch (SQLException ex) {
					log.debug("Cancelling the query of {} failed: {}", this.request, ex.toString());
				}
			}
			finally {
				this.lock.unlock();
			}
		}

	}

	/** Lets the read running on this thread, if any, watch the connections it takes. */
	@Component
	static class WatchedDataSources implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof DataSource dataSource && !(bean instanceof Watched)) ? new Watched(dataSource)
					: bean;
		}

	}

	static final class Watched extends DelegatingDataSource {

		Watched(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection connection = super.getConnection();
			Watch watch = CURRENT.get();
			return (watch != null) ? watch.hold(connection) : connection;
		}

	}

}
