package org.parley.bench;

import java.io.File;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grows a Parley database for the scale benchmark (see {@code bench/generate}): starts
 * the embedded PostgreSQL on a data directory the way Parley's embedded default does
 * (same builder, so Parley can open the directory later), migrates it with Parley's own
 * migrations, then runs a generation script whose steps are separated by lines
 * {@code -- step: name}. The size is handed to the script as the setting
 * {@code bench.size}. Lives on the test classpath so that nothing of it ships in the jar.
 * <p>
 * Arguments: data directory, size (number of statements), script.
 */
public final class GenerateCorpus {

	private GenerateCorpus() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: GenerateCorpus DATA_DIR SIZE SCRIPT");
			System.exit(2);
		}
		File dir = new File(args[0]).getAbsoluteFile();
		long size = Long.parseLong(args[1]);
		List<Step> steps = steps(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8));
		dir.mkdirs();
		quietLogging();
		long began = System.nanoTime();
		// Server settings given here last only while this process runs; the data
		// directory
		// keeps the defaults Parley starts it with.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(0)
			.setServerConfig("max_wal_size", "8GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("max_parallel_maintenance_workers", "1");
		try (EmbeddedPostgres postgres = builder.start()) {
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.javaMigrations(seedArticles())
				.load()
				.migrate();
			System.out.printf("migrated in %.1f s%n", seconds(began));
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("select set_config('bench.size', '" + size + "', false)");
				for (Step step : steps) {
					long start = System.nanoTime();
					boolean results = statement.execute(step.sql());
					System.out.printf("%-40s %8.1f s%n", step.name(), seconds(start));
					print(statement, results);
				}
			}
		}
		System.out.printf("generated %d statements in %.1f s%n", size, seconds(began));
	}

	/**
	 * Flyway and the embedded PostgreSQL log every step at INFO; only warnings matter
	 * here.
	 */
	private static void quietLogging() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	/** Parley's seed articles migration, package-private and a Spring bean in the app. */
	private static JavaMigration seedArticles() throws ReflectiveOperationException {
		Constructor<?> constructor = Class.forName("org.parley.article.V2__Seed_articles").getDeclaredConstructor();
		constructor.setAccessible(true);
		return (JavaMigration) constructor.newInstance();
	}

	private static List<Step> steps(String script) {
		List<Step> steps = new ArrayList<>();
		String name = "prelude";
		StringBuilder sql = new StringBuilder();
		for (String line : script.split("\n", -1)) {
			if (line.startsWith("-- step:")) {
				add(steps, name, sql);
				name = line.substring("-- step:".length()).trim();
				sql.setLength(0);
			}
			else {
				sql.append(line).append('\n');
			}
		}
		add(steps, name, sql);
		return steps;
	}

	private static void add(List<Step> steps, String name, StringBuilder sql) {
		if (!sql.toString().replaceAll("(?m)--.*$", "").isBlank()) {
			steps.add(new Step(name, sql.toString()));
		}
	}

	private static void print(Statement statement, boolean results) throws Exception {
		for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
			System.out.println("  " + warning.getMessage());
		}
		statement.clearWarnings();
		while (true) {
			if (results) {
				try (ResultSet rows = statement.getResultSet()) {
					ResultSetMetaData meta = rows.getMetaData();
					while (rows.next()) {
						StringBuilder line = new StringBuilder("  ");
						for (int i = 1; i <= meta.getColumnCount(); i++) {
							line.append(i > 1 ? "  " : "")
								.append(meta.getColumnLabel(i))
								.append('=')
								.append(rows.getString(i));
						}
						System.out.println(line);
					}
				}
			}
			else if (statement.getUpdateCount() == -1) {
				return;
			}
			results = statement.getMoreResults();
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private record Step(String name, String sql) {
	}

}
