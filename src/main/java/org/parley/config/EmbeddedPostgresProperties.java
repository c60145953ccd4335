package org.parley.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that Parley starts when no datasource is
 * configured.
 *
 * @param enabled whether Parley may start one at all
 * @param dataDirectory where its data lives; blank for a throw-away directory deleted on
 * exit
 * @param port its port; 0 picks a free one
 */
@ConfigurationProperties("parley.embedded-postgres")
public record EmbeddedPostgresProperties(Boolean enabled, String dataDirectory, Integer port) {

	public EmbeddedPostgresProperties {
		enabled = (enabled != null) ? enabled : true;
		dataDirectory = (dataDirectory != null) ? dataDirectory : ".parley/pgdata";
		port = (port != null) ? port : 0;
	}

	boolean persistent() {
		return !this.dataDirectory.isBlank();
	}

}
