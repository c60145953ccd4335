package org.parley.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.common.ProblemType;
import org.parley.common.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST requests to the API: the first response (if successful)
 * is stored; a retry with the same key and the same request gets that response again,
 * with {@code Idempotent-Replayed: true}, and creates nothing new; the same key with a
 * different request is a 422 problem; a retry while the first is still running is a 409
 * problem. Keys are scoped to the API key that sends them and remembered for 24 hours.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final int MAX_KEY_LENGTH = 200;

	private final IdempotencyStore store;

	IdempotencyFilter(IdempotencyStore store) {
		this.store = store;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch((c) -> c > 32 && c < 127)) {
			problem(request, response, ProblemType.INVALID_PARAMETER,
					HEADER + " must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters without spaces");
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		String owner = Optional.ofNullable(request.getUserPrincipal()).map((p) -> p.getName()).orElse("anonymous");
		String hash = hash(request, body);
		IdempotencyStore.Claim claim = this.store.claim(owner, key, hash);
		if (!claim.claimed()) {
			IdempotencyStore.Stored stored = claim.earlier();
			if (stored == null) {
				// completed and forgotten in between: the client may simply retry
				problem(request, response, ProblemType.IDEMPOTENCY_IN_PROGRESS,
						"The first request with this " + HEADER + " has just finished; retry");
				return;
			}
			if (!stored.requestHash().equals(hash)) {
				problem(request, response, ProblemType.IDEMPOTENCY_KEY_REUSED,
						"This " + HEADER + " was used for a different request; use a new key for a new request");
			}
			else if (stored.status() == null) {
				problem(request, response, ProblemType.IDEMPOTENCY_IN_PROGRESS,
						"The first request with this " + HEADER + " is still being processed; retry shortly");
			}
			else {
				replay(stored, response);
			}
			return;
		}
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(new CachedBody(request, body), captured);
			if (captured.getStatus() >= 200 && captured.getStatus() < 300) {
				this.store.complete(owner, key, claim.token(), captured.getStatus(), captured.getContentType(),
						captured.getHeader(HttpHeaders.LOCATION), captured.getHeader(HttpHeaders.ETAG),
						captured.getContentAsByteArray());
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.store.release(owner, key, claim.token());
			}
			captured.copyBodyToResponse();
		}
	}

	private static void replay(IdempotencyStore.Stored stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			response.setHeader(HttpHeaders.ETAG, stored.etag());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (stored.body() != null) {
			response.getOutputStream().write(stored.body());
		}
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, ProblemType type,
			String detail) throws IOException {
		Problems.write(request, response, Problems.of(type, detail));
	}

	private static String hash(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String target = request.getMethod() + " " + request.getRequestURI() + "?"
					+ Optional.ofNullable(request.getQueryString()).orElse("") + "\n";
			digest.update(target.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The request with its body, already read for hashing, readable again. */
	static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException("only synchronous reads are supported");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), (getCharacterEncoding() != null)
							? java.nio.charset.Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8));
		}

	}

}
