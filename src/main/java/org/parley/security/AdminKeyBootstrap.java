package org.parley.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin key, at startup: the one configured in {@code PARLEY_ADMIN_KEY}, or, if
 * none is configured and no active admin key exists, a generated one, logged once.
 */
@Component
class AdminKeyBootstrap implements ApplicationRunner, ApiKeyService.BootstrapListener {

	private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

	private final ApiKeyService keys;

	private final SecurityProperties properties;

	AdminKeyBootstrap(ApiKeyService keys, SecurityProperties properties) {
		this.keys = keys;
		this.properties = properties;
		String configured = properties.adminKey();
		if (!configured.isEmpty() && configured.length() < SecurityProperties.MIN_ADMIN_KEY_LENGTH) {
			throw new IllegalStateException("parley.security.admin-key (PARLEY_ADMIN_KEY) must be at least "
					+ SecurityProperties.MIN_ADMIN_KEY_LENGTH + " characters of random text, e.g. a key from "
					+ "POST /api/v1/admin/api-keys or `openssl rand -base64 32`");
		}
		if (!configured.isEmpty() && !BearerKeys.isWellFormed(configured)) {
			throw new IllegalStateException("parley.security.admin-key (PARLEY_ADMIN_KEY) must be sendable as a "
					+ "bearer token: letters, digits and - . _ ~ + / only (then = padding)");
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		this.keys.bootstrap(this.properties.adminKey(), this).ifPresent((key) -> log.warn("""

				No admin API key exists, so one was generated. It is shown now and never again; \
				keep it somewhere safe:

				    {}

				Use it as 'Authorization: Bearer <key>' to create keys at POST /api/v1/admin/api-keys. \
				Set PARLEY_ADMIN_KEY to choose the admin key yourself instead.
				""", key));
	}

	@Override
	public void configuredKeyStored(long id) {
		log.info("Stored the admin key from PARLEY_ADMIN_KEY as API key {} ('{}')", id, ApiKeyService.BOOTSTRAP_NAME);
	}

	@Override
	public void configuredKeyRevoked(long id) {
		log.warn("PARLEY_ADMIN_KEY is API key {}, which has been revoked: it stays revoked and is not accepted. "
				+ "Set PARLEY_ADMIN_KEY to a new value.", id);
	}

	@Override
	public void configuredKeyNotAdmin(long id) {
		log.warn("PARLEY_ADMIN_KEY is API key {}, which is not an ADMIN key: its role is left as it is.", id);
	}

}
