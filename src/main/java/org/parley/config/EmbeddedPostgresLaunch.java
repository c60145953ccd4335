package org.parley.config;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own when the bean factory is being
 * prepared, if the environment asks for it ({@code parley.embedded-postgres.enabled} not
 * false, {@code spring.datasource.url} unset, and not while the build works out the beans
 * ahead of time), so that the half second or more that PostgreSQL takes to start overlaps
 * with building the rest of the context. Stops it when the context closes.
 */
class EmbeddedPostgresLaunch implements BeanFactoryPostProcessor, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLaunch.class);

	private final EmbeddedPostgresProperties properties;

	private final boolean wanted;

	private CompletableFuture<EmbeddedPostgres> started;

	EmbeddedPostgresLaunch(Environment environment) {
		this.properties = Binder.get(environment)
			.bindOrCreate("parley.embedded-postgres", EmbeddedPostgresProperties.class);
		this.wanted = this.properties.enabled()
				&& !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& !environment.getProperty(AbstractAotProcessor.AOT_PROCESSING, Boolean.class, false);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (this.wanted) {
			start();
		}
	}

	private synchronized CompletableFuture<EmbeddedPostgres> start() {
		if (this.started == null) {
			this.started = CompletableFuture.supplyAsync(this::startNow,
					(task) -> new Thread(task, "embedded-postgres-start").start());
		}
		return this.started;
	}

	/** The started embedded PostgreSQL, waiting for it; empty when none is wanted. */
	Optional<EmbeddedPostgres> database() {
		if (!this.wanted) {
			return Optional.empty();
		}
		try {
			return Optional.of(start().join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private EmbeddedPostgres startNow() {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(this.properties.port());
		if (this.properties.persistent()) {
			File dir = new File(this.properties.dataDirectory()).getAbsoluteFile();
			dir.mkdirs();
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		try {
			EmbeddedPostgres postgres = builder.start();
			log.info("Started embedded PostgreSQL on port {} ({})", postgres.getPort(),
					this.properties.persistent() ? "data in " + this.properties.dataDirectory() : "throw-away data");
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
		}
	}

	@Override
	public void close() throws IOException {
		CompletableFuture<EmbeddedPostgres> launched;
		synchronized (this) {
			launched = this.started;
		}
		if (launched == null) {
			return;
		}
		EmbeddedPostgres postgres;
		try {
			postgres = launched.join();
		}
		catch (CompletionException ex) {
			return; // it never started
		}
		postgres.close();
	}

}
