package org.parley.common;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds every problem from the {@link ProblemType} catalogue, and renders problems where
 * Spring MVC cannot (servlet filters, security handlers, the container's error valve):
 * field by field, in the order Spring MVC writes them, so every problem has one shape
 * wherever it comes from.
 */
public final class Problems {

	/**
	 * Seconds a client should wait before retrying a 503
	 * ({@link ProblemType#UNAVAILABLE}).
	 */
	public static final String RETRY_AFTER_UNAVAILABLE = "5";

	/** The longest {@code detail}; a longer one is cut, ending with an ellipsis. */
	public static final int MAX_DETAIL = 2000;

	/** The longest {@code message} of one entry of {@code errors}. */
	public static final int MAX_MESSAGE = 1000;

	/** The longest parameter or field name an entry of {@code errors} gives. */
	public static final int MAX_NAME = 200;

	/** The most entries of {@code errors}: the first ones found. */
	public static final int MAX_ERRORS = 100;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/** A problem of this type with what was wrong, for people. */
	public static ProblemDetail of(ProblemType type, String detail) {
		return of(type, type.status(), detail);
	}

	/**
	 * A problem of this type with a given status: for {@link ProblemType#HTTP}, whose
	 * status varies and whose title is the status phrase.
	 */
	public static ProblemDetail of(ProblemType type, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, cut(detail, MAX_DETAIL));
		problem.setType(type.type());
		problem.setTitle((type.title() != null) ? type.title() : status.getReasonPhrase());
		return problem;
	}

	/**
	 * The text, cut to at most {@code max} characters (the last an ellipsis): what a
	 * problem echoes of a request (a parameter's value, a field's name) stays within the
	 * limits the API description gives.
	 */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/**
	 * The problem as JSON: type, title, status, detail, instance, then its properties.
	 */
	public static byte[] render(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return JSON.writeValueAsBytes(body);
	}

	/**
	 * Answers a request with the problem, its instance being the path as requested; does
	 * nothing once the response is committed.
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(render(problem));
	}

	/** The path as requested (still percent-encoded), if it is a valid URI reference. */
	public static URI instance(String requestUri) {
		try {
			return (requestUri != null) ? new URI(requestUri) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
