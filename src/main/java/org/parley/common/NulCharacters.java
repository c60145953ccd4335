package org.parley.common;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * PostgreSQL cannot store or compare text holding the NUL character (U+0000): a query
 * parameter or a JSON string with one is refused before it reaches the database, as a 400
 * problem naming the parameter or property. (Tomcat already refuses an encoded NUL in the
 * path.)
 */
final class NulCharacters {

	static final String REASON = "must not contain the NUL character (U+0000)";

	private NulCharacters() {
	}

	static boolean in(String value) {
		return value != null && value.indexOf('\0') >= 0;
	}

	/** Checks every query parameter, names and values, before a handler runs. */
	static final class ParameterGuard implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = parameter.getKey();
				if (in(name)) {
					throw new InvalidParameter(name.replace('\0', '?'), "(a parameter name) " + REASON);
				}
				for (String value : parameter.getValue()) {
					if (in(value)) {
						throw new InvalidParameter(name, REASON);
					}
				}
			}
			return true;
		}

	}

	/** Refuses JSON strings with a NUL, wherever they stand in a request body. */
	static final class StringsWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (in(value)) {
				throw context.weirdStringException(value, String.class, REASON);
			}
			return value;
		}

	}

	static SimpleModule module() {
		return new SimpleModule("parley-no-nul").addDeserializer(String.class, new StringsWithoutNul());
	}

}
