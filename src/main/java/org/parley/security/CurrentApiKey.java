package org.parley.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The API key behind the current request, for features that record who wrote what. */
public final class CurrentApiKey {

	private CurrentApiKey() {
	}

	/** The current request's key, if it carries a valid one. */
	public static Optional<ApiKeyAuthentication> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof ApiKeyAuthentication key) ? Optional.of(key) : Optional.empty();
	}

	/** The id of the current request's key, if any. */
	public static Optional<Long> id() {
		return get().map(ApiKeyAuthentication::keyId);
	}

}
