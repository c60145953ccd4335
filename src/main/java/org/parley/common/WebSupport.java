package org.parley.common;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JacksonModule;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;

/** Hands the package-private web helpers of {@code common} to the MVC configuration. */
public final class WebSupport {

	/**
	 * Request attribute set on a read whose client went away and whose query was
	 * therefore cancelled: its failure is no sign of the database being unavailable.
	 */
	public static final String ABANDONED = "org.parley.abandoned";

	private WebSupport() {
	}

	public static HandlerMethodArgumentResolver pagingResolver() {
		return new PagingArgumentResolver();
	}

	/** Builds the lists' filter records from their query parameters. */
	public static HandlerMethodArgumentResolver filterResolver() {
		return new FilterArgumentResolver();
	}

	/** Resolves {@link IfMatch} controller parameters from the request's header. */
	public static HandlerMethodArgumentResolver ifMatchResolver() {
		return new IfMatch.Resolver();
	}

	/** Refuses query parameters holding a NUL character, which PostgreSQL cannot take. */
	public static HandlerInterceptor nulParameterGuard() {
		return new NulCharacters.ParameterGuard();
	}

	/** Counts the writes that succeeded ({@code parley.writes}). */
	public static HandlerInterceptor writeMetrics(MeterRegistry meters) {
		return new WriteMetrics(meters);
	}

	/** Refuses query parameters the endpoint does not take (a 400 naming them). */
	public static HandlerInterceptor knownParameterGuard() {
		return new KnownParameters();
	}

	/** Refuses JSON strings holding a NUL character, which PostgreSQL cannot take. */
	public static JacksonModule nulStringGuard() {
		return NulCharacters.module();
	}

}
