package org.parley.config;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations connect on their own, without the pool's request timeouts: the socket and
 * statement timeouts that make a request fail fast when PostgreSQL hangs (see
 * {@code spring.datasource.hikari} in application.yml) would cancel a migration that
 * takes minutes over a large database, halfway.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutRequestTimeouts(JdbcConnectionDetails database) {
		return (configuration) -> configuration.dataSource(database.getJdbcUrl(), database.getUsername(),
				database.getPassword());
	}

}
