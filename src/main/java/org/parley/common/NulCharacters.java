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
 * PostgreSQL cannot store or compare text holding the NUL character (U+0000), and an
 * unpaired UTF-16 surrogate is no character at all (the driver would store it as
 * {@code ?}): a query parameter or a JSON string with either is refused before it reaches
 * the database, as a 400 problem naming the parameter or property. (Tomcat already
 * refuses an encoded NUL in the path.)
 */
final class NulCharacters {

	static final String REASON = "must not contain the NUL character (U+0000)";

	private NulCharacters() {
	}

	static final String SURROGATE_REASON = "must not contain an unpaired UTF-16 surrogate (U+D800 to U+DFFF "
			+ "without its pair), which is not a character";

	static boolean in(String value) {
		return reason(value) != null;
	}

	/** Why the value cannot be stored, or null if it can. */
	static String reason(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\0') {
				return REASON;
			}
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return SURROGATE_REASON;
			}
		}
		return null;
	}

	/** Checks every query parameter, names and values, before a handler runs. */
	static final class ParameterGuard implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				String name = parameter.getKey();
				if (in(name)) {
					throw new InvalidParameter(printable(name), "(a parameter name) " + reason(name));
				}
				for (String value : parameter.getValue()) {
					if (in(value)) {
						throw new InvalidParameter(name, reason(value));
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
				throw context.weirdStringException(value, String.class, reason(value));
			}
			return value;
		}

	}

	/** The name with characters that cannot be shown replaced by {@code ?}. */
	static String printable(String name) {
		StringBuilder printable = new StringBuilder(name.length());
		name.codePoints()
			.forEach((c) -> printable.appendCodePoint(
					(Character.isISOControl(c) || Character.isSurrogate((char) c) && Character.charCount(c) == 1) ? '?'
							: c));
		return printable.toString();
	}

	static SimpleModule module() {
		return new SimpleModule("parley-no-nul").addDeserializer(String.class, new StringsWithoutNul());
	}

}
