package org.parley.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** When the embedded default starts, and that its data survives a restart. */
class EmbeddedPostgresAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void configuredDatasourceUrlMeansNoEmbeddedDatabase() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org/parley",
					"spring.datasource.username=parley")
			.run((context) -> {
				assertThat(context.getBean(EmbeddedPostgresLaunch.class).database()).isEmpty();
				JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
				assertThat(details.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org/parley");
				assertThat(details.getUsername()).isEqualTo("parley");
				assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
			});
	}

	@Test
	void disabledMeansNoEmbeddedDatabase() {
		this.runner.withPropertyValues("parley.embedded-postgres.enabled=false")
			.run((context) -> assertThat(context.getBean(EmbeddedPostgresLaunch.class).database()).isEmpty());
	}

	@Test
	void buildTimeProcessingStartsNoDatabase() {
		this.runner.withSystemProperties("spring.aot.processing=true")
			.run((context) -> assertThat(context.getBean(EmbeddedPostgresLaunch.class).database()).isEmpty());
	}

	@Test
	void disabledWithoutDatasourceSaysWhatIsMissing() {
		this.runner.withPropertyValues("parley.embedded-postgres.enabled=false")
			.run((context) -> assertThatException()
				.isThrownBy(() -> context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
				.withMessageContaining("url"));
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
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedPostgresLaunch.class)
				.getBean(JdbcConnectionDetails.class)
				.isSameAs(external));
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
