package org.parley.common;

import tools.jackson.databind.JacksonModule;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;

/** Hands the package-private web helpers of {@code common} to the MVC configuration. */
public final class WebSupport {

	private WebSupport() {
	}

	public static HandlerMethodArgumentResolver pagingResolver() {
		return new PagingArgumentResolver();
	}

	/** Resolves {@link IfMatch} controller parameters from the request's header. */
	public static HandlerMethodArgumentResolver ifMatchResolver() {
		return new IfMatch.Resolver();
	}

	/** Refuses query parameters holding a NUL character, which PostgreSQL cannot take. */
	public static HandlerInterceptor nulParameterGuard() {
		return new NulCharacters.ParameterGuard();
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
