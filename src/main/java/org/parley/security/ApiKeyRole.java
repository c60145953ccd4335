package org.parley.security;

/** What a key may do: editors write the data, admins also manage keys. */
public enum ApiKeyRole {

	/** May send writes (POST, PUT, PATCH, DELETE) under {@code /api/v1}. */
	EDITOR,

	/** May do what an editor may, and manage API keys under {@code /api/v1/admin}. */
	ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

}
