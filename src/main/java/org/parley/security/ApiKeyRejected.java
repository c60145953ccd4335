package org.parley.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A request's credentials were refused; the message says why and is sent as the detail.
 */
class ApiKeyRejected extends AuthenticationException {

	private ApiKeyRejected(String detail) {
		super(detail);
	}

	static ApiKeyRejected malformed(String why) {
		return new ApiKeyRejected("The Authorization header is malformed: " + why
				+ ". Send the API key as 'Authorization: Bearer <key>'.");
	}

	static ApiKeyRejected unknownOrRevoked() {
		return new ApiKeyRejected("The API key is not valid: it is unknown or has been revoked.");
	}

	static ApiKeyRejected inQuery(String parameter) {
		return new ApiKeyRejected("API keys are accepted only in the Authorization header, never in the URL "
				+ "(URLs end up in logs and browser histories); remove the query parameter '" + parameter
				+ "' and send 'Authorization: Bearer <key>'. A key that has been in a URL should be revoked.");
	}

}
