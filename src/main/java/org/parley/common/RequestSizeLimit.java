package org.parley.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what a write may send before anything reads it into memory: a body declared
 * larger than {@code parley.max-request-size} is a 413 problem, and a body without a
 * declared length (chunked) is a 411 problem. The limit leaves room for the largest
 * article body (1,000,000 characters) in any script, JSON-escaped.
 */
@Component
@Order(0)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${parley.max-request-size:8MB}") DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			Problems.write(request, response, Problems.of(ProblemType.REQUEST_TOO_LARGE,
					"The body is " + length + " bytes; at most " + this.maxBytes + " are accepted"));
			return;
		}
		if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			Problems.write(request, response, Problems.of(ProblemType.LENGTH_REQUIRED,
					"Send the body with a Content-Length header (at most " + this.maxBytes + " bytes), not in chunks"));
			return;
		}
		chain.doFilter(request, response);
	}

}
