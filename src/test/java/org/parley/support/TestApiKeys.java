package org.parley.support;

/**
 * The admin key {@link ApiTest} configures. Keys of other roles are made through the API
 * with {@link Api#asEditor()}, {@link Api#newKey(String, String)} and
 * {@link Api#createKey(String, String)}.
 */
public final class TestApiKeys {

	/** The admin key {@link ApiTest} configures as {@code parley.security.admin-key}. */
	public static final String ADMIN_KEY = "pk_test-admin-key-not-a-secret-0123456789abcdef";

	private TestApiKeys() {
	}

}
