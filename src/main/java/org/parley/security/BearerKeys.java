package org.parley.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/** Reads the API key of a request: from {@code Authorization: Bearer <key>}, only. */
final class BearerKeys {

	/** RFC 6750's b64token. */
	private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

	/** Longer than any key: refused before hashing. */
	private static final int MAX_LENGTH = 512;

	/**
	 * Query parameters that clients use to pass keys in URLs (RFC 6750 §2.3 and common
	 * habit); a request naming one is refused rather than silently served without its
	 * key.
	 */
	private static final Set<String> KEY_PARAMETERS = Set.of("access_token", "api_key", "apikey", "api-key", "key");

	private BearerKeys() {
	}

	/**
	 * The presented key, or {@code null} when the request has no Authorization header.
	 */
	static String from(HttpServletRequest request) {
		List<String> headers = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
		if (headers.isEmpty()) {
			return null;
		}
		if (headers.size() > 1) {
			throw ApiKeyRejected.malformed("it is sent more than once");
		}
		String header = headers.get(0).trim();
		int space = header.indexOf(' ');
		String scheme = (space < 0) ? header : header.substring(0, space);
		if (!scheme.equalsIgnoreCase("Bearer")) {
			throw ApiKeyRejected.malformed(scheme.isEmpty() ? "it is empty" : "only the Bearer scheme is accepted");
		}
		String key = (space < 0) ? "" : header.substring(space + 1).trim();
		if (key.isEmpty()) {
			throw ApiKeyRejected.malformed("the key is missing after 'Bearer'");
		}
		if (!isWellFormed(key)) {
			throw ApiKeyRejected.malformed("the key contains characters no key has");
		}
		return key;
	}

	static boolean isWellFormed(String key) {
		return key.length() <= MAX_LENGTH && B64TOKEN.matcher(key).matches();
	}

	/**
	 * The first query parameter that looks like a key passed in the URL, or {@code null}.
	 * Reads the raw query string only, never a form body.
	 */
	static String keyParameterInQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			try {
				name = URLDecoder.decode(name, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// Undecodable: not one of ours; the application answers it with a 400.
				continue;
			}
			if (KEY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
				return name;
			}
		}
		return null;
	}

}
