package org.parley.common;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The {@code If-Match} header of a write: the version of the record the client read. A
 * controller takes it as a parameter; the service checks it against the record it is
 * about to change with {@link #check(long)}. Tags are {@link ETags strong entity tags}
 * such as {@code "7-1a2b3c4d"}; only the version before the dash counts, so a tag stays
 * valid for any representation of that version. {@code *} matches any version.
 */
public final class IfMatch {

	/**
	 * A write that sends no precondition; only for internal callers that checked already.
	 */
	public static final IfMatch ANY = new IfMatch("*");

	private final String header;

	private IfMatch(String header) {
		this.header = header;
	}

	/** The header as sent; null or blank when missing. */
	public static IfMatch of(String header) {
		return new IfMatch(header);
	}

	/**
	 * Passes if the header names {@code current}.
	 * @throws PreconditionRequired if the header is missing (428)
	 * @throws VersionMismatch if it names another version (412)
	 */
	public void check(long current) {
		if (this.header == null || this.header.isBlank()) {
			throw new PreconditionRequired();
		}
		for (String tag : this.header.split(",")) {
			String t = tag.trim();
			if (t.equals("*")) {
				return;
			}
			if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 2) {
				String value = t.substring(1, t.length() - 1);
				int dash = value.indexOf('-');
				if ((dash < 0 ? value : value.substring(0, dash)).equals(Long.toString(current))) {
					return;
				}
			}
		}
		throw new VersionMismatch(current);
	}

	@Override
	public String toString() {
		return "If-Match: " + this.header;
	}

	/** A write without {@code If-Match}: answered with 428. */
	public static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match is required: send the ETag of the version you are changing (GET it first)");
		}

	}

	/** A write naming a version that is no longer current: answered with 412. */
	public static class VersionMismatch extends RuntimeException {

		private final long currentVersion;

		public VersionMismatch(long currentVersion) {
			super("The record has changed since you read it: its current version is " + currentVersion
					+ "; GET it again and reapply your change");
			this.currentVersion = currentVersion;
		}

		public long currentVersion() {
			return this.currentVersion;
		}

	}

	/** Hands controllers the request's {@code If-Match} as an {@link IfMatch}. */
	static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return IfMatch.class.equals(parameter.getParameterType());
		}

		@Override
		public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
			return IfMatch.of(webRequest.getHeader(HttpHeaders.IF_MATCH));
		}

	}

}
