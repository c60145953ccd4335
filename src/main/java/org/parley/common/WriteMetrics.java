package org.parley.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the writes that succeeded, by resource and method ({@code parley.writes}, e.g.
 * {@code resource=statements, method=POST}), for {@code /actuator/prometheus}.
 */
final class WriteMetrics implements HandlerInterceptor {

	private final MeterRegistry meters;

	WriteMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String method = request.getMethod();
		String uri = request.getRequestURI();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || response.getStatus() >= 300
				|| !uri.startsWith("/api/v1/")) {
			return;
		}
		String[] segments = uri.substring("/api/v1/".length()).split("/");
		String resource = "admin".equals(segments[0]) && segments.length > 1 ? segments[1] : segments[0];
		this.meters.counter("parley.writes", "resource", resource, "method", method).increment();
	}

}
