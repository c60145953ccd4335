package org.parley.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list read in SQL, with the same paging as {@link Listing} (a numbered
 * page no deeper than {@link Paging#MAX_WINDOW}, a count that stops past
 * {@link Paging#MAX_COUNT}, cursor pages continued by keyset) for the hot read paths,
 * where mapping rows to entities and translating criteria queries would cost more than
 * the database's work: the columns the response shows go straight into it. Cursors are
 * interchangeable with those {@link Listing} gives for the same sort.
 * <p>
 * Where the first sort key may be null, rows with and without a value are read apart,
 * each as a range an index can bound, as {@link Listing} does.
 *
 * @param <R> the row type
 */
public final class SqlListing<R> {

	private final JdbcClient jdbc;

	private final String columns;

	private final String from;

	private String countFrom;

	private final List<String> where = new ArrayList<>();

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	private final List<Key> keys = new ArrayList<>();

	private int parameters;

	private SqlListing(JdbcClient jdbc, String columns, String from) {
		this.jdbc = jdbc;
		this.columns = columns;
		this.from = from;
		this.countFrom = from;
	}

	/**
	 * A list of {@code columns} (SQL select list) {@code from} (SQL from clause, joins
	 * included).
	 */
	public static <R> SqlListing<R> select(JdbcClient jdbc, String columns, String from) {
		return new SqlListing<>(jdbc, columns, from);
	}

	/**
	 * Counts matches {@code from} this clause instead: the joins the columns need but the
	 * conditions do not would make the count join every match.
	 */
	public SqlListing<R> countFrom(String from) {
		this.countFrom = from;
		return this;
	}

	/** Adds a condition; {@code :name} in it stands for {@code value}. */
	public SqlListing<R> where(String condition, String name, Object value) {
		this.where.add(condition);
		this.params.addValue(name, value);
		return this;
	}

	/** Adds a condition without parameters. */
	public SqlListing<R> where(String condition) {
		this.where.add(condition);
		return this;
	}

	/**
	 * Sorts by {@code sort} (entity paths, its last order unique), each path translated
	 * by {@code columns}; a path not there is a programming error.
	 */
	public SqlListing<R> orderBy(Sort sort, Map<String, Column> columns) {
		for (Sort.Order order : sort) {
			Column column = columns.get(order.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("No column for sort property " + order.getProperty());
			}
			boolean nullsLast = switch (order.getNullHandling()) {
				case NULLS_LAST -> true;
				case NULLS_FIRST -> false;
				case NATIVE -> order.isAscending();
			};
			this.keys.add(new Key(column, order.isAscending(), nullsLast));
		}
		return this;
	}

	/**
	 * The page {@code paging} asks for, each row read by {@code mapper}. A numbered page
	 * reads its count in the same statement (an uncorrelated subquery PostgreSQL runs
	 * once), so a page costs one round trip.
	 */
	public ListPage<R> page(Paging paging, RowMapper<R> mapper) {
		int want = paging.size() + 1;
		List<Keyed<R>> rows;
		if (paging.cursor() == null) {
			rows = query(null, Math.toIntExact(paging.offset()), want, mapper, true);
		}
		else {
			rows = continueAfter(values(paging.cursorKeys(this.keys.size())), want, mapper);
		}
		LongSupplier count = rows.isEmpty() ? this::countPastMaximum : () -> rows.get(0).matches();
		return ListPage.of(paging, rows, Keyed::keys, Keyed::row, count);
	}

	/**
	 * Every matching row in order, no page and no count, read as the database sends it:
	 * in a transaction with a fetch size, the driver reads through a cursor, a fetch at a
	 * time. Close the stream.
	 */
	public Stream<R> stream(RowMapper<R> mapper) {
		StringBuilder sql = new StringBuilder("select ").append(this.columns)
			.append(' ')
			.append(this.from)
			.append(whereClause(null));
		return this.jdbc.sql(orderByClause(sql).toString()).paramSource(this.params).query(mapper).stream();
	}

	private List<Keyed<R>> continueAfter(List<Object> values, int limit, RowMapper<R> mapper) {
		Key first = this.keys.get(0);
		Object v = values.get(0);
		if (!first.nullable()) {
			return query(and(bound(first, v), after(this.keys, values, 0)), 0, limit, mapper, false);
		}
		List<Key> rest = this.keys.subList(1, this.keys.size());
		List<Object> restValues = values.subList(1, values.size());
		List<Keyed<R>> rows = new ArrayList<>();
		if (v == null) {
			rows.addAll(query(and(first.sql() + " is null", after(rest, restValues, 0)), 0, limit, mapper, false));
			if (!first.nullsLast() && rows.size() < limit) {
				rows.addAll(query(first.sql() + " is not null", 0, limit - rows.size(), mapper, false));
			}
			return rows;
		}
		String p = parameter(v);
		rows.addAll(query(
				and(first.sql() + " is not null", bound(first, v),
						or(strictlyAfterValue(first, v), and(first.sql() + " = " + p, after(rest, restValues, 0)))),
				0, limit, mapper, false));
		if (first.nullsLast() && rows.size() < limit) {
			rows.addAll(query(first.sql() + " is null", 0, limit - rows.size(), mapper, false));
		}
		return rows;
	}

	/**
	 * Rows strictly after {@code values} in the order of {@code keys} from index i on.
	 */
	private String after(List<Key> keys, List<Object> values, int i) {
		if (i == keys.size()) {
			return "false";
		}
		Key key = keys.get(i);
		Object v = values.get(i);
		String same = (v == null) ? key.sql() + " is null" : key.sql() + " = " + parameter(v);
		return or(strictlyAfter(key, v), and(same, after(keys, values, i + 1)));
	}

	/** The rows at or after a known value: a range an index on the key can scan. */
	private String bound(Key key, Object v) {
		return key.sql() + (key.ascending() ? " >= " : " <= ") + parameter(v);
	}

	private String strictlyAfterValue(Key key, Object v) {
		return key.sql() + (key.ascending() ? " > " : " < ") + parameter(v);
	}

	/**
	 * Every row whose key sorts strictly after {@code v}, nulls where the order puts
	 * them.
	 */
	private String strictlyAfter(Key key, Object v) {
		if (v == null) {
			return key.nullsLast() ? "false" : key.sql() + " is not null";
		}
		String after = strictlyAfterValue(key, v);
		return (key.nullsLast() && key.nullable()) ? or(after, key.sql() + " is null") : after;
	}

	private static String and(String... conditions) {
		return "(" + String.join(" and ", conditions) + ")";
	}

	private static String or(String... conditions) {
		return "(" + String.join(" or ", conditions) + ")";
	}

	private String parameter(Object value) {
		String name = "k" + this.parameters++;
		this.params.addValue(name, value);
		return ":" + name;
	}

	private List<Keyed<R>> query(String condition, int offset, int limit, RowMapper<R> mapper, boolean counted) {
		StringBuilder sql = new StringBuilder("select ").append(this.columns);
		for (int i = 0; i < this.keys.size(); i++) {
			sql.append(", ").append(this.keys.get(i).sql()).append(" as sort_key_").append(i);
		}
		if (counted) {
			sql.append(", (").append(countQuery()).append(") as matches_counted");
		}
		sql.append(' ').append(this.from).append(whereClause(condition));
		orderByClause(sql);
		sql.append(" offset ").append(offset).append(" rows fetch first ").append(limit).append(" rows only");
		return this.jdbc.sql(sql.toString()).paramSource(this.params).query((rs, n) -> {
			List<String> texts = new ArrayList<>(this.keys.size());
			for (int i = 0; i < this.keys.size(); i++) {
				texts.add(this.keys.get(i).text(rs, "sort_key_" + i));
			}
			return new Keyed<>(mapper.mapRow(rs, n), texts, counted ? rs.getLong("matches_counted") : -1);
		}).list();
	}

	private StringBuilder orderByClause(StringBuilder sql) {
		sql.append(" order by ");
		for (int i = 0; i < this.keys.size(); i++) {
			Key key = this.keys.get(i);
			sql.append((i > 0) ? ", " : "")
				.append(key.sql())
				.append(key.ascending() ? " asc" : " desc")
				.append(key.nullsLast() ? " nulls last" : " nulls first");
		}
		return sql;
	}

	/** How many rows match, counted by the database up to one past the maximum. */
	private long countPastMaximum() {
		return this.jdbc.sql(countQuery()).paramSource(this.params).query(Long.class).single();
	}

	private String countQuery() {
		return "select count(*) from (select 1 " + this.countFrom + whereClause(null) + " fetch first "
				+ (Paging.MAX_COUNT + 1) + " rows only) counted";
	}

	private String whereClause(String condition) {
		List<String> all = new ArrayList<>(this.where);
		if (condition != null) {
			all.add(condition);
		}
		return all.isEmpty() ? "" : " where " + String.join(" and ", all);
	}

	private List<Object> values(List<String> texts) {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < this.keys.size(); i++) {
			values.add(this.keys.get(i).parse(texts.get(i)));
		}
		return values;
	}

	/**
	 * A column a list can sort by: its SQL expression, the Java type of its values
	 * ({@code String}, {@code Long} or {@code LocalDate}; enums are their names as
	 * strings) and whether it can be null.
	 */
	public record Column(String sql, Class<?> type, boolean nullable) {

		String text(ResultSet rs, String label) throws SQLException {
			Object value = (this.type == LocalDate.class) ? rs.getObject(label, LocalDate.class) : rs.getObject(label);
			return (value != null) ? value.toString() : null;
		}

		Object parse(String text) {
			if (text == null) {
				return null;
			}
			try {
				if (this.type == Long.class) {
					return Long.valueOf(text);
				}
				if (this.type == LocalDate.class) {
					return LocalDate.parse(text);
				}
				if (this.type == String.class) {
					return text;
				}
			}
			catch (RuntimeException ex) {
				// falls through to the problem below
			}
			throw PageCursor.notOne();
		}

	}

	/** A sort key: its column, direction and where its nulls go. */
	private record Key(Column column, boolean ascending, boolean nullsLast) {

		String sql() {
			return this.column.sql();
		}

		boolean nullable() {
			return this.column.nullable();
		}

		String text(ResultSet rs, String label) throws SQLException {
			return this.column.text(rs, label);
		}

		Object parse(String text) {
			return this.column.parse(text);
		}

	}

	private record Keyed<R>(R row, List<String> keys, long matches) {
	}

}
