package org.parley.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The {@code sort} query parameter on its own, for endpoints that answer every matching
 * row at once (the exports). Resolved by {@link PagingArgumentResolver}.
 *
 * @param clauses sort clauses as sent, {@code property} or {@code property,asc|desc}
 */
public record Sorting(List<String> clauses) {

	/** The most {@code sort} parameters a request may give. */
	public static final int MAX_CLAUSES = 10;

	/** The longest {@code sort} value: a property name and a direction. */
	public static final int MAX_CLAUSE_LENGTH = 100;

	/**
	 * Translates the API's sort names to entity paths; an unknown property or direction
	 * is a 400 problem.
	 * @param sortable API sort property → entity path
	 * @param defaultSort used when the request names none
	 * @param tieBreaker entity path appended to every sort so the order is stable
	 */
	public Sort toSort(Map<String, String> sortable, Sort defaultSort, String tieBreaker) {
		List<Sort.Order> orders = new ArrayList<>();
		for (String clause : this.clauses) {
			String[] parts = clause.split(",", -1);
			String property = parts[0].trim();
			String path = sortable.get(property);
			if (path == null || parts.length > 2) {
				throw new InvalidParameter("sort", "'" + clause + "' is not supported; sort by one of "
						+ sortable.keySet() + ", optionally followed by ',asc' or ',desc'");
			}
			Sort.Direction direction = Sort.Direction.ASC;
			if (parts.length == 2) {
				direction = Sort.Direction.fromOptionalString(parts[1].trim())
					.orElseThrow(() -> new InvalidParameter("sort",
							"direction in '" + clause + "' must be 'asc' or 'desc'"));
			}
			orders.add(new Sort.Order(direction, path));
		}
		Sort sorting = orders.isEmpty() ? defaultSort : Sort.by(orders);
		return sorting.and(Sort.by(tieBreaker));
	}

}
