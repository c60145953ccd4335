package org.parley.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	static final URI UNAUTHORIZED = URI.create("urn:parley:problem:unauthorized");

	static final URI FORBIDDEN = URI.create("urn:parley:problem:forbidden");

	static final URI RATE_LIMITED = URI.create("urn:parley:problem:rate-limited");

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		if (!SecurityConfiguration.KEYS_CAN_OPEN.matches(request)) {
			write(request, response, notServed());
			return;
		}
		String detail = (exception instanceof ApiKeyRejected) ? exception.getMessage()
				: "This request needs an API key with role " + SecurityConfiguration.rolesFor(request)
						+ ", sent as 'Authorization: Bearer <key>'.";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
		problem.setType(UNAUTHORIZED);
		problem.setTitle("API key required");
		String error = (exception instanceof ApiKeyRejected) ? ", error=\"invalid_token\"" : "";
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"parley\"" + error);
		write(request, response, problem);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (!SecurityConfiguration.KEYS_CAN_OPEN.matches(request)) {
			write(request, response, notServed());
			return;
		}
		String role = CurrentApiKey.get().map((key) -> key.role().name()).orElse("none");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This API key has role " + role
				+ "; this request needs role " + SecurityConfiguration.rolesFor(request) + ".");
		problem.setType(FORBIDDEN);
		problem.setTitle("Not allowed for this API key");
		write(request, response, problem);
	}

	/** A 429, with {@code Retry-After}; the RateLimit headers are already set. */
	void rateLimited(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds, long limit,
			boolean withKey) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests " + (withKey ? "with this API key" : "from this address") + ": the limit is " + limit
						+ " a minute. Retry after " + retryAfterSeconds + " seconds.");
		problem.setType(RATE_LIMITED);
		problem.setTitle("Rate limit exceeded");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		write(request, response, problem);
	}

	/** Paths outside the API and its documentation are served to nobody, key or not. */
	private static ProblemDetail notServed() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Nothing is served at this path, with or without an API key.");
		problem.setType(FORBIDDEN);
		problem.setTitle("Forbidden");
		return problem;
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		// Written field by field, in the order Spring MVC writes problems, so the
		// answer does not depend on how the mapper is set up for ProblemDetail.
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		String instance = instance(request);
		if (instance != null) {
			body.put("instance", instance);
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

	/** The path as requested (still percent-encoded), if it is a valid URI reference. */
	private static String instance(HttpServletRequest request) {
		try {
			return new URI(request.getRequestURI()).toString();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
