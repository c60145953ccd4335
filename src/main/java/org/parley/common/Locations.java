package org.parley.common;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.MvcUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code Location} URIs built from a handler method's request mapping, so a path is
 * written once, in its mapping: {@code Locations.of(StatementController.class, "get", 7)}
 * is {@code /api/v1/statements/7}.
 */
public final class Locations {

	/** The handler methods named so far, found once each. */
	private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

	private Locations() {
	}

	/**
	 * The path the handler method {@code name} of {@code controller} answers, with its
	 * path variables, in order, set to {@code values}.
	 */
	public static URI of(Class<?> controller, String name, Object... values) {
		Method method = METHODS.computeIfAbsent(controller.getName() + "#" + name, (key) -> method(controller, name));
		Object[] args = new Object[method.getParameterCount()];
		int next = 0;
		for (int i = 0; i < args.length; i++) {
			if (new MethodParameter(method, i).hasParameterAnnotation(PathVariable.class)) {
				args[i] = values[next++];
			}
		}
		if (next != values.length) {
			throw new IllegalArgumentException(name + " takes " + next + " path variables, not " + values.length);
		}
		return MvcUriComponentsBuilder.fromMethod(UriComponentsBuilder.newInstance(), controller, method, args)
			.build()
			.toUri();
	}

	private static Method method(Class<?> controller, String name) {
		Method[] named = Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(controller))
			.filter((m) -> m.getName().equals(name))
			.toArray(Method[]::new);
		if (named.length != 1) {
			throw new IllegalArgumentException(controller.getName() + " has " + named.length + " methods " + name);
		}
		return named[0];
	}

}
