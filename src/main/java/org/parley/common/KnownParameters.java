package org.parley.common;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the endpoint does not take, as a 400 problem naming it and
 * the parameters it does take: {@code /statements?speaker=...} is a mistake to point out,
 * not a filter to ignore (unknown body properties are refused the same way). An
 * endpoint's parameters are read from its handler method: {@code @RequestParam}s, the
 * components of its filter record, and {@code page}, {@code size} and {@code sort} where
 * it pages or sorts (the exports, which answer every row, take and ignore page and size).
 */
final class KnownParameters implements HandlerInterceptor {

	private static final Set<String> PAGING = Set.of("page", "size", "sort", "cursor");

	private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

	private final Map<Method, Map<String, Integer>> longest = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		Set<String> takes = this.known.computeIfAbsent(method.getMethod(), (m) -> takes(method));
		Map<String, Integer> limits = this.longest.computeIfAbsent(method.getMethod(), (m) -> longest(method));
		for (String name : Collections.list(request.getParameterNames())) {
			if (!takes.contains(name)) {
				throw new InvalidParameter(NulCharacters.printable(name), "is not a parameter of this endpoint; "
						+ (takes.isEmpty() ? "it takes none" : "it takes " + String.join(", ", new TreeSet<>(takes))));
			}
			Integer max = limits.get(name);
			for (String value : (max != null) ? request.getParameterValues(name) : new String[0]) {
				if (value.length() > max) {
					throw new InvalidParameter(name, "must be at most " + max + " characters long");
				}
			}
		}
		return true;
	}

	/**
	 * The longest value of each parameter that declares one with {@code @Size}: slugs and
	 * codes cannot be longer than their column, so a longer one is a mistake to point
	 * out.
	 */
	private static Map<String, Integer> longest(HandlerMethod method) {
		Map<String, Integer> limits = new java.util.HashMap<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Size size = parameter.getParameterAnnotation(Size.class);
			if (param != null && size != null) {
				String name = StringUtils.hasText(param.name()) ? param.name() : param.value();
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				limits.put(StringUtils.hasText(name) ? name : parameter.getParameterName(), size.max());
			}
			else if (param == null && type.isRecord() && (!parameter.hasParameterAnnotations()
					|| parameter.hasParameterAnnotation(ParameterObject.class))) {
				for (RecordComponent component : type.getRecordComponents()) {
					Size componentSize = component.getAccessor().getAnnotation(Size.class);
					if (componentSize != null) {
						limits.put(component.getName(), componentSize.max());
					}
				}
			}
		}
		return Map.copyOf(limits);
	}

	private static Set<String> takes(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = StringUtils.hasText(param.name()) ? param.name() : param.value();
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.add(StringUtils.hasText(name) ? name : parameter.getParameterName());
			}
			else if (Paging.class.equals(type) || Sorting.class.equals(type)) {
				names.addAll(PAGING);
			}
			else if (type.isRecord() && (!parameter.hasParameterAnnotations()
					|| parameter.hasParameterAnnotation(ParameterObject.class))) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return Set.copyOf(names);
	}

}
