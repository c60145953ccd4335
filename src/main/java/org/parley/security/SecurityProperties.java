package org.parley.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings.
 *
 * @param adminKey the first admin key ({@code PARLEY_ADMIN_KEY}): when set, an ADMIN key
 * with this value is ensured at startup; when blank and no active admin key exists, one
 * is generated and logged once
 */
@ConfigurationProperties("parley.security")
record SecurityProperties(String adminKey) {

	/** A {@code PARLEY_ADMIN_KEY} shorter than this is refused: it could be guessed. */
	static final int MIN_ADMIN_KEY_LENGTH = 32;

	SecurityProperties {
		adminKey = (adminKey != null) ? adminKey.trim() : "";
	}

}
