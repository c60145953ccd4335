package org.parley.common;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads and checks {@code page}, {@code size} and {@code sort} into a {@link Paging}, or
 * {@code sort} alone into a {@link Sorting}.
 */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Paging.class.equals(parameter.getParameterType()) || Sorting.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		if (Sorting.class.equals(parameter.getParameterType())) {
			return new Sorting(sort(request));
		}
		int page = integer(request, "page", 0);
		if (page < 0) {
			throw new InvalidParameter("page", "must be 0 or greater");
		}
		int size = integer(request, "size", Paging.DEFAULT_SIZE);
		if (size < 1 || size > Paging.MAX_SIZE) {
			throw new InvalidParameter("size", "must be between 1 and " + Paging.MAX_SIZE);
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new InvalidParameter("page", "is too deep: page × size must stay below " + Integer.MAX_VALUE);
		}
		return new Paging(page, size, sort(request));
	}

	private static List<String> sort(NativeWebRequest request) {
		List<String> sort = new ArrayList<>();
		String[] values = request.getParameterValues("sort");
		if (values != null) {
			for (String value : values) {
				if (!value.isBlank()) {
					sort.add(value);
				}
			}
		}
		return List.copyOf(sort);
	}

	private static int integer(NativeWebRequest request, String name, int defaultValue) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameter(name, "must be a whole number, not '" + value + "'");
		}
	}

}
