package org.parley.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the tests' PostgreSQL comes from. With Docker: a {@code postgres:17} container
 * wired in through {@code @ServiceConnection}. Without: no bean here, so Parley's own
 * embedded default (real PostgreSQL 17 binaries, throw-away data directory) starts
 * instead. Same tests either way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	public static final DockerImageName IMAGE = DockerImageName.parse("postgres:17");

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer(IMAGE);
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
