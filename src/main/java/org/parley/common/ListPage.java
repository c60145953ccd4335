package org.parley.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * A page of a list: the rows and where they stand in it.
 *
 * @param content the rows of this page
 * @param page where the page stands and how to go on
 * @param <T> the row type
 */
public record ListPage<T>(List<T> content, Metadata page) {

	public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ListPage<>(this.content.stream().<R>map(mapper).toList(), this.page);
	}

	/**
	 * The page made of {@code found}, read with one row more than the page holds: the
	 * extra row tells that more follow, and the page's last row gives the next cursor.
	 * @param keys a row's sort keys, as its cursor holds them
	 * @param count the matches up to one past {@link Paging#MAX_COUNT}, asked only when a
	 * numbered page needs it; null not to count
	 */
	public static <R, T> ListPage<T> of(Paging paging, List<R> found, Function<? super R, List<String>> keys,
			Function<? super R, ? extends T> mapper, LongSupplier count) {
		boolean more = found.size() > paging.size();
		List<R> rows = more ? found.subList(0, paging.size()) : found;
		String next = more ? paging.next(keys.apply(rows.get(rows.size() - 1))) : null;
		List<T> content = rows.stream().<T>map(mapper).toList();
		Metadata page = (paging.cursor() != null) ? Metadata.continued(paging, next)
				: Metadata.numbered(paging, content.size(), more, count, next);
		return new ListPage<>(content, page);
	}

	/** A numbered page of a small list, from Spring Data's page; no cursor. */
	public static <T> ListPage<T> of(Page<T> page) {
		return new ListPage<>(page.getContent(), new Metadata(page.getSize(), page.getNumber(), page.getTotalElements(),
				page.getTotalPages(), true, null));
	}

	/**
	 * Where a page stands.
	 *
	 * @param size the page size asked for
	 * @param number the page number; null on a page reached by cursor
	 * @param totalElements how many rows match, counted exactly up to
	 * {@link Paging#MAX_COUNT} (past it, at least that many); null on a page reached by
	 * cursor
	 * @param totalPages pages of {@code size} that totalElements fills; null on a page
	 * reached by cursor
	 * @param totalExact whether totalElements is exact (false: at least that many)
	 * @param next the cursor of the next page, null on the last page
	 */
	@Schema(name = "PageMetadata", description = "Where a page stands in its list and how to go on")
	public record Metadata(int size,
			@Schema(description = "Zero-based page number; null on a page reached by cursor",
					nullable = true) Integer number,
			@Schema(description = "Matching rows, counted exactly up to " + Paging.MAX_COUNT
					+ "; past that a lower bound (see totalExact); null on a page reached by cursor",
					nullable = true) Long totalElements,
			@Schema(description = "Pages of this size that totalElements fills; null on a page reached by cursor",
					nullable = true) Integer totalPages,
			@Schema(description = "false when more rows match than totalElements says (counting stops past "
					+ Paging.MAX_COUNT + "); null on a page reached by cursor", nullable = true) Boolean totalExact,
			@Schema(description = "Send as cursor (with the same other parameters) for the next page; "
					+ "null on the last page", nullable = true) String next) {

		/**
		 * A numbered page showing {@code shown} rows, {@code more} if rows follow. The
		 * total is known without counting when the page is the last; otherwise
		 * {@code count} is asked for the matches up to one past {@link Paging#MAX_COUNT},
		 * unless the page lies past that already; without {@code count} (null) the total
		 * is a lower bound: the rows up to this page and one more.
		 */
		public static Metadata numbered(Paging paging, int shown, boolean more, LongSupplier count, String next) {
			long seen = paging.offset() + shown;
			long total;
			boolean exact;
			if (!more && (shown > 0 || paging.page() == 0)) {
				total = seen;
				exact = true;
			}
			else if (more && seen >= Paging.MAX_COUNT) {
				total = seen + 1;
				exact = false;
			}
			else if (count == null) {
				total = seen + (more ? 1 : 0);
				exact = false;
			}
			else {
				long counted = count.getAsLong();
				exact = counted <= Paging.MAX_COUNT;
				total = exact ? counted : Math.max(Paging.MAX_COUNT, more ? seen + 1 : 0);
			}
			int pages = (int) ((total + paging.size() - 1) / paging.size());
			return new Metadata(paging.size(), paging.page(), total, pages, exact, next);
		}

		/** A page reached by cursor. */
		public static Metadata continued(Paging paging, String next) {
			return new Metadata(paging.size(), null, null, null, null, next);
		}

	}

}
