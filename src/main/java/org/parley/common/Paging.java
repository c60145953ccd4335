package org.parley.common;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of a list endpoint,
 * checked: values out of range are a 400 problem rather than being silently clamped.
 * Resolved by {@link PagingArgumentResolver}.
 *
 * @param page zero-based page number
 * @param size page size, 1 to {@link #MAX_SIZE}
 * @param sort sort clauses as sent, {@code property} or {@code property,asc|desc}
 */
public record Paging(int page, int size, List<String> sort) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * Turns the request into a {@link Pageable}, translating API sort names to entity
	 * paths.
	 * @param sortable API sort property → entity path
	 * @param defaultSort used when the request names none
	 * @param tieBreaker entity path appended to every sort so pages are stable
	 */
	public Pageable toPageable(Map<String, String> sortable, Sort defaultSort, String tieBreaker) {
		return PageRequest.of(this.page, this.size, new Sorting(this.sort).toSort(sortable, defaultSort, tieBreaker));
	}

}
