package org.parley.common;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code page}, {@code size}, {@code sort} and {@code cursor} query parameters of a
 * list endpoint, checked: values out of range are a 400 problem rather than being
 * silently clamped. Resolved by {@link PagingArgumentResolver}.
 * <p>
 * Pages are numbered up to a depth of {@link #MAX_WINDOW} rows; past that, and for any
 * depth, a list is walked with the {@code cursor} each page gives out in
 * {@code page.next}, which costs the same at every depth (keyset pagination).
 *
 * @param page zero-based page number (0 when a cursor is given)
 * @param size page size, 1 to {@link #MAX_SIZE}
 * @param sort sort clauses as sent, {@code property} or {@code property,asc|desc}
 * @param cursor where the previous page ended, or {@code null} for a numbered page
 * @param fingerprint the request's other parameters (filters and sort), hashed: a cursor
 * only continues the request it was made for
 */
public record Paging(int page, int size, List<String> sort, PageCursor cursor, String fingerprint) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * How deep numbered pages go: {@code (page + 1) × size} above it is a 400 problem
	 * pointing to the cursor.
	 */
	public static final int MAX_WINDOW = 10_000;

	/**
	 * Up to how many matches a list counts exactly; past it, {@code totalElements} is a
	 * lower bound and {@code totalExact} false, so that a count never reads a million
	 * rows.
	 */
	public static final int MAX_COUNT = 1_000;

	public Paging(int page, int size, List<String> sort) {
		this(page, size, sort, null, "");
	}

	/** The first row of the page, for a numbered page. */
	public long offset() {
		return (long) this.page * this.size;
	}

	/** The sort the request asks for, with the tie breaker last. */
	public Sort toSort(Map<String, String> sortable, Sort defaultSort, String tieBreaker) {
		return new Sorting(this.sort).toSort(sortable, defaultSort, tieBreaker);
	}

	/**
	 * Turns a numbered page into a {@link Pageable}, translating API sort names to entity
	 * paths; for lists too small to need a cursor (a 400 problem if one is sent).
	 * @param sortable API sort property → entity path
	 * @param defaultSort used when the request names none
	 * @param tieBreaker entity path appended to every sort so pages are stable
	 */
	public Pageable toPageable(Map<String, String> sortable, Sort defaultSort, String tieBreaker) {
		if (this.cursor != null) {
			throw new InvalidParameter("cursor", "is not supported by this list; use page");
		}
		return PageRequest.of(this.page, this.size, toSort(sortable, defaultSort, tieBreaker));
	}

	/** The cursor continuing after a row with these sort keys. */
	public String next(List<String> keys) {
		return new PageCursor(this.fingerprint, keys).encode();
	}

	/**
	 * The sort keys the cursor holds, checked against this request; a 400 problem if it
	 * was made for other filters or another sort.
	 */
	public List<String> cursorKeys(int expected) {
		if (!this.cursor.fingerprint().equals(this.fingerprint) || this.cursor.keys().size() != expected) {
			throw new InvalidParameter("cursor", "was made for other filters or another sort; repeat the request "
					+ "that gave it out with the same parameters, changing only cursor");
		}
		return this.cursor.keys();
	}

}
