package org.parley.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Small helpers for mapping entities to response records. */
public final class Refs {

	private Refs() {
	}

	public static <T, R> R orNull(T value, Function<T, R> mapper) {
		return (value != null) ? mapper.apply(value) : null;
	}

	public static <T, R> List<R> map(Collection<T> values, Function<T, R> mapper) {
		return values.stream().map(mapper).toList();
	}

}
