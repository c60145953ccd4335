package org.parley.common;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem Parley answers with (RFC 9457): its {@code type} URN, title and
 * status, and when it happens. The advice, the security handlers, the filters and the
 * servlet container's error valve all build their problems from here, and the OpenAPI
 * description documents these and only these.
 */
public enum ProblemType {

	INVALID_PARAMETER("invalid-parameter", "Invalid request parameter", HttpStatus.BAD_REQUEST,
			"A query parameter or header is malformed or out of range; `errors` names each"),

	INVALID_BODY("invalid-body", "Invalid request body", HttpStatus.BAD_REQUEST,
			"The body is not well-formed JSON, has an unknown property or fails validation; `errors` names each field"),

	UNAUTHORIZED("unauthorized", "API key required", HttpStatus.UNAUTHORIZED,
			"No API key, or a malformed, unknown or revoked one"),

	FORBIDDEN("forbidden", "Not allowed for this API key", HttpStatus.FORBIDDEN,
			"The API key's role does not allow this request, or nothing is served at the path"),

	NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND, "No such record"),

	CONFLICT("conflict", "Conflict with the current state", HttpStatus.CONFLICT,
			"Conflicts with the current state (a duplicate, a record in use); `existing` points at the record"),

	IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", "Request in progress", HttpStatus.CONFLICT,
			"The first request with this Idempotency-Key is still being processed"),

	LENGTH_REQUIRED("length-required", "Content-Length required", HttpStatus.LENGTH_REQUIRED,
			"The body was sent without Content-Length (in chunks)"),

	PRECONDITION_FAILED("precondition-failed", "Version mismatch", HttpStatus.PRECONDITION_FAILED,
			"If-Match names a version that is no longer current; `currentVersion` is the one to send"),

	REQUEST_TOO_LARGE("request-too-large", "Request body too large", HttpStatus.CONTENT_TOO_LARGE,
			"The body is larger than parley.max-request-size (8 MB by default)"),

	UNPROCESSABLE("unprocessable", "Request breaks a rule", HttpStatus.UNPROCESSABLE_CONTENT,
			"Breaks a rule (a reference that does not exist, a quote not in its article, ...); `errors` names each field"),

	IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", HttpStatus.UNPROCESSABLE_CONTENT,
			"This Idempotency-Key was used for a different request"),

	PRECONDITION_REQUIRED("precondition-required", "If-Match required", HttpStatus.PRECONDITION_REQUIRED,
			"If-Match is missing"),

	RATE_LIMITED("rate-limited", "Rate limit exceeded", HttpStatus.TOO_MANY_REQUESTS,
			"Too many requests with this key or from this address; Retry-After says when to retry"),

	INTERNAL("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR,
			"Unexpected error (logged, details never sent)"),

	UNAVAILABLE("unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE,
			"The database did not answer in time (down, overloaded or a statement too slow); Retry-After says when to retry"),

	/**
	 * A request the servlet container refused before the application saw it (a malformed
	 * path or header): RFC 9457's {@code about:blank}, titled by its status.
	 */
	HTTP(null, null, null, "Refused by the HTTP layer (malformed path or header); the title is the status phrase");

	private static final String PREFIX = "urn:parley:problem:";

	private final URI type;

	private final String title;

	private final HttpStatus status;

	private final String description;

	ProblemType(String name, String title, HttpStatus status, String description) {
		this.type = URI.create((name != null) ? PREFIX + name : "about:blank");
		this.title = title;
		this.status = status;
		this.description = description;
	}

	public URI type() {
		return this.type;
	}

	/** The title; for {@link #HTTP}, null (the status phrase is the title). */
	public String title() {
		return this.title;
	}

	/** The status; for {@link #HTTP}, null (the status varies). */
	public HttpStatus status() {
		return this.status;
	}

	/** When this problem happens, for the API description. */
	public String description() {
		return this.description;
	}

}
