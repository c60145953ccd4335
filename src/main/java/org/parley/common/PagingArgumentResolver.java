package org.parley.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads and checks {@code page}, {@code size}, {@code sort} and {@code cursor} into a
 * {@link Paging}, or {@code sort} alone into a {@link Sorting}.
 */
class PagingArgumentResolver implements HandlerMethodArgumentResolver {

	private static final Set<String> PAGE_CHOICE = Set.of("page", "size", "cursor");

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
		String cursor = request.getParameter("cursor");
		if (cursor != null && !cursor.isBlank()) {
			if (request.getParameter("page") != null) {
				throw new InvalidParameter("page",
						"cannot be combined with cursor: a cursor says where the page starts");
			}
			return new Paging(0, size, sort(request), PageCursor.decode(cursor.strip()), fingerprint(request));
		}
		if ((page + 1L) * size > Paging.MAX_WINDOW) {
			throw new InvalidParameter("page", "is too deep: numbered pages reach the first " + Paging.MAX_WINDOW
					+ " rows ((page + 1) × size at most " + Paging.MAX_WINDOW + "); go on from there with cursor, "
					+ "the value of page.next in each answer, which reaches any depth");
		}
		return new Paging(page, size, sort(request), null, fingerprint(request));
	}

	/**
	 * Every parameter but those that choose the page, hashed: the filters and sort a
	 * cursor belongs to.
	 */
	private static String fingerprint(NativeWebRequest request) {
		MessageDigest digest = DIGEST.get();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			if (!PAGE_CHOICE.contains(name)) {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				for (String value : values) {
					digest.update((byte) 0);
					digest.update(value.getBytes(StandardCharsets.UTF_8));
				}
				digest.update((byte) 1);
			}
		});
		return HexFormat.of().formatHex(digest.digest(), 0, 8);
	}

	/**
	 * One digest per request thread: looking the algorithm up costs more than hashing.
	 */
	private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(PagingArgumentResolver::sha256);

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> sort(NativeWebRequest request) {
		List<String> sort = new ArrayList<>();
		String[] values = request.getParameterValues("sort");
		if (values != null) {
			if (values.length > Sorting.MAX_CLAUSES) {
				throw new InvalidParameter("sort", "takes at most " + Sorting.MAX_CLAUSES + " properties");
			}
			for (String value : values) {
				if (value.length() > Sorting.MAX_CLAUSE_LENGTH) {
					throw new InvalidParameter("sort", "must be at most " + Sorting.MAX_CLAUSE_LENGTH
							+ " characters long (a property, then ,asc or ,desc)");
				}
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
