package org.parley.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits every request but the excluded ones (health checks), after authentication so
 * that a request with a valid key counts against that key rather than its address.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter rateLimiter;

	private final List<PathPattern> excluded;

	RateLimitFilter(RateLimiter rateLimiter, List<String> excludedPaths) {
		this.rateLimiter = rateLimiter;
		this.excluded = excludedPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!this.rateLimiter.enabled()) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.excluded.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.rateLimiter.admit(request, response, CurrentApiKey.get().orElse(null))) {
			chain.doFilter(request, response);
		}
	}

}
