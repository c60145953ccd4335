package org.parley.common;

import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/** Hands the package-private web helpers of {@code common} to the MVC configuration. */
public final class WebSupport {

	private WebSupport() {
	}

	public static HandlerMethodArgumentResolver pagingResolver() {
		return new PagingArgumentResolver();
	}

}
