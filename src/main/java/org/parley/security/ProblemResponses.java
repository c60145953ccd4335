package org.parley.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.common.ProblemType;
import org.parley.common.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers refused requests before they reach Spring MVC (so {@code ProblemHandling} never
 * sees them) with the same RFC 9457 problems: 401 with {@code WWW-Authenticate: Bearer}
 * when the key is missing or not valid, 403 when a valid key's role does not allow the
 * request, 429 when a client is over its rate limit.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (!SecurityConfiguration.KEYS_CAN_OPEN.matches(request)) {
			Problems.write(request, response, notServed());
			return;
		}
		String detail = (exception instanceof ApiKeyRejected) ? exception.getMessage()
				: "This request needs an API key with role " + SecurityConfiguration.rolesFor(request)
						+ ", sent as 'Authorization: Bearer <key>'.";
		String error = (exception instanceof ApiKeyRejected) ? ", error=\"invalid_token\"" : "";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"parley\"" + error);
		Problems.write(request, response, Problems.of(ProblemType.UNAUTHORIZED, detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (!SecurityConfiguration.KEYS_CAN_OPEN.matches(request)) {
			Problems.write(request, response, notServed());
			return;
		}
		String role = CurrentApiKey.get().map((key) -> key.role().name()).orElse("none");
		Problems.write(request, response, Problems.of(ProblemType.FORBIDDEN, "This API key has role " + role
				+ "; this request needs role " + SecurityConfiguration.rolesFor(request) + "."));
	}

	/** A 429, with {@code Retry-After}; the RateLimit headers are already set. */
	void rateLimited(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, long limit,
			boolean withKey) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		Problems.write(request, response,
				Problems.of(ProblemType.RATE_LIMITED,
						"Too many requests " + (withKey ? "with this API key" : "from this address") + ": the limit is "
								+ limit + " a minute. Retry after " + retryAfterSeconds + " seconds."));
	}

	/**
	 * A 503 with {@code Retry-After}: the key could not be checked, the database did not
	 * answer.
	 */
	void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_UNAVAILABLE);
		Problems.write(request, response, Problems.of(ProblemType.UNAVAILABLE,
				"The API key could not be checked: the database did not answer in time. Retry in a few seconds."));
	}

	/** Paths outside the API and its documentation are served to nobody, key or not. */
	private static ProblemDetail notServed() {
		ProblemDetail problem = Problems.of(ProblemType.FORBIDDEN,
				"Nothing is served at this path, with or without an API key.");
		problem.setTitle("Forbidden");
		return problem;
	}

}
