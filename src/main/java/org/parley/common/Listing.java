package org.parley.common;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Hibernate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.ReflectionUtils;

/**
 * One page of an entity list, numbered or continued by cursor, in work that does not grow
 * with the table: a numbered page is an offset no deeper than {@link Paging#MAX_WINDOW},
 * the count stops past {@link Paging#MAX_COUNT}, and a cursor page starts where the
 * previous one ended (keyset pagination) with an index-friendly bound on the first sort
 * key.
 * <p>
 * Spring Data's own keyset scrolling needs sort keys that are never null; Parley sorts by
 * dates that may be unknown ({@code statedOn}, undated last), so the keyset condition
 * here places nulls as the sort does: an unknown value after every known one for
 * ascending order (PostgreSQL's default) unless the order says otherwise. Sort paths
 * through associations ({@code speaker.name}) must follow required (non-null)
 * associations.
 *
 * @param <T> the entity type
 */
public final class Listing<T> {

	private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

	private final EntityManager entityManager;

	private final Class<T> type;

	private final Specification<T> filter;

	private final Sort sort;

	private final List<String> fetch;

	private final boolean counted;

	private Listing(EntityManager entityManager, Class<T> type, Specification<T> filter, Sort sort, List<String> fetch,
			boolean counted) {
		this.entityManager = entityManager;
		this.type = type;
		this.filter = filter;
		this.sort = sort;
		this.fetch = fetch;
		this.counted = counted;
	}

	/**
	 * A list of {@code type} matching {@code filter} in {@code sort} order (entity paths,
	 * its last order unique, such as the id), loading the named to-one associations with
	 * each row.
	 */
	public static <T> Listing<T> of(EntityManager entityManager, Class<T> type, Specification<T> filter, Sort sort,
			String... fetch) {
		return new Listing<>(entityManager, type, filter, sort, List.of(fetch), true);
	}

	/**
	 * The same list without counting past the page: for lists whose every row costs a
	 * search of its own (the matrix's actors), {@code totalElements} is then the rows up
	 * to this page, plus one if more follow, and {@code totalExact} false unless the page
	 * is the last.
	 */
	public Listing<T> uncounted() {
		return new Listing<>(this.entityManager, this.type, this.filter, this.sort, this.fetch, false);
	}

	/** The page {@code paging} asks for, each row mapped. */
	public <R> ListPage<R> page(Paging paging, Function<? super T, ? extends R> mapper) {
		List<Key> keys = keys();
		int want = paging.size() + 1;
		List<T> rows;
		if (paging.cursor() == null) {
			rows = query(null, keys, Math.toIntExact(paging.offset()), want);
		}
		else {
			rows = continueAfter(keys, values(keys, paging.cursorKeys(keys.size())), want);
		}
		return ListPage.of(paging, rows, (row) -> keysOf(keys, row), mapper,
				this.counted ? this::countPastMaximum : null);
	}

	/**
	 * The rows after the cursor's keys. Where the first key may be null, the rows with a
	 * value and those without are read apart, each with a condition an index can bound.
	 */
	private List<T> continueAfter(List<Key> keys, List<Object> values, int limit) {
		Key first = keys.get(0);
		Object v = values.get(0);
		if (!first.nullable()) {
			return query((root, cb) -> cb.and(first.bound(root, cb, v), after(root, cb, keys, values, 0)), keys, 0,
					limit);
		}
		List<Key> rest = keys.subList(1, keys.size());
		List<Object> restValues = values.subList(1, values.size());
		List<T> rows = new ArrayList<>();
		if (v == null) {
			rows.addAll(query((root, cb) -> cb.and(cb.isNull(first.path(root)), after(root, cb, rest, restValues, 0)),
					keys, 0, limit));
			if (!first.nullsLast() && rows.size() < limit) {
				rows.addAll(query((root, cb) -> cb.isNotNull(first.path(root)), keys, 0, limit - rows.size()));
			}
			return rows;
		}
		rows.addAll(query(
				(root, cb) -> cb.and(cb.isNotNull(first.path(root)), first.bound(root, cb, v),
						cb.or(first.strictlyAfterValue(root, cb, v),
								cb.and(cb.equal(first.path(root), v), after(root, cb, rest, restValues, 0)))),
				keys, 0, limit));
		if (first.nullsLast() && rows.size() < limit) {
			rows.addAll(query((root, cb) -> cb.isNull(first.path(root)), keys, 0, limit - rows.size()));
		}
		return rows;
	}

	/**
	 * Rows strictly after {@code values} in the order of {@code keys} from index i on.
	 */
	private static <T> Predicate after(Root<T> root, CriteriaBuilder cb, List<Key> keys, List<Object> values, int i) {
		if (i == keys.size()) {
			return cb.disjunction();
		}
		Key key = keys.get(i);
		Object v = values.get(i);
		Predicate same = (v == null) ? cb.isNull(key.path(root)) : cb.equal(key.path(root), v);
		return cb.or(key.strictlyAfter(root, cb, v), cb.and(same, after(root, cb, keys, values, i + 1)));
	}

	private List<T> query(Condition<T> condition, List<Key> keys, int offset, int limit) {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(this.type);
		Root<T> root = query.from(this.type);
		List<Predicate> where = new ArrayList<>();
		Predicate filtered = (this.filter != null) ? this.filter.toPredicate(root, query, cb) : null;
		if (filtered != null) {
			where.add(filtered);
		}
		if (condition != null) {
			where.add(condition.on(root, cb));
		}
		query.select(root).where(where.toArray(Predicate[]::new));
		query.orderBy(keys.stream().map((key) -> key.order(root, cb)).toList());
		TypedQuery<T> typed = this.entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit);
		if (!this.fetch.isEmpty()) {
			EntityGraph<T> graph = this.entityManager.createEntityGraph(this.type);
			graph.addAttributeNodes(this.fetch.toArray(String[]::new));
			typed.setHint(FETCH_GRAPH, graph);
		}
		return typed.getResultList();
	}

	/** How many rows match, counted up to one past {@link Paging#MAX_COUNT}. */
	private long countPastMaximum() {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) this.entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
		JpaSubQuery<Tuple> ids = count.subquery(Tuple.class);
		Root<T> root = ids.from(this.type);
		ids.multiselect(root.get("id").alias("id"));
		Predicate filtered = (this.filter != null) ? this.filter.toPredicate(root, count, cb) : null;
		if (filtered != null) {
			ids.where(filtered);
		}
		ids.fetch(Paging.MAX_COUNT + 1);
		count.from(ids);
		count.select(cb.count());
		// select count(*) from (select id ... fetch first 1001 rows only): counted by the
		// database, not by reading the ids.
		return this.entityManager.createQuery(count).getSingleResult();
	}

	private List<Key> keys() {
		ManagedType<T> managed = this.entityManager.getMetamodel().managedType(this.type);
		List<Key> keys = new ArrayList<>();
		for (Sort.Order order : this.sort) {
			keys.add(Key.of(managed, order));
		}
		return keys;
	}

	private static List<Object> values(List<Key> keys, List<String> texts) {
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			values.add(keys.get(i).parse(texts.get(i)));
		}
		return values;
	}

	private static <T> List<String> keysOf(List<Key> keys, T row) {
		List<String> texts = new ArrayList<>();
		for (Key key : keys) {
			Object value = key.valueOf(row);
			texts.add((value == null) ? null : (value instanceof Enum<?> e) ? e.name() : value.toString());
		}
		return texts;
	}

	@FunctionalInterface
	private interface Condition<T> {

		Predicate on(Root<T> root, CriteriaBuilder cb);

	}

	/**
	 * One sort key: its path, direction, where nulls go, and whether it can be null.
	 */
	private record Key(String property, boolean ascending, boolean nullsLast, boolean nullable, Class<?> javaType) {

		static Key of(ManagedType<?> managed, Sort.Order order) {
			boolean nullable = false;
			Class<?> javaType = null;
			ManagedType<?> current = managed;
			for (String part : order.getProperty().split("\\.")) {
				SingularAttribute<?, ?> attribute = current.getSingularAttribute(part);
				nullable |= attribute.isOptional() && !attribute.isId();
				javaType = attribute.getJavaType();
				if (attribute.getType() instanceof ManagedType<?> next) {
					current = next;
				}
			}
			boolean nullsLast = switch (order.getNullHandling()) {
				case NULLS_LAST -> true;
				case NULLS_FIRST -> false;
				case NATIVE -> order.isAscending();
			};
			return new Key(order.getProperty(), order.isAscending(), nullsLast, nullable, javaType);
		}

		<X> Path<Comparable<Object>> path(Root<X> root) {
			Path<?> path = root;
			for (String part : this.property.split("\\.")) {
				path = path.get(part);
			}
			@SuppressWarnings("unchecked")
			Path<Comparable<Object>> typed = (Path<Comparable<Object>>) path;
			return typed;
		}

		/** The key's value in a row, read from the entity's fields (as JPA maps them). */
		Object valueOf(Object row) {
			Object value = row;
			for (String part : this.property.split("\\.")) {
				if (value == null) {
					return null;
				}
				value = Hibernate.unproxy(value);
				Field field = ReflectionUtils.findField(value.getClass(), part);
				if (field == null) {
					throw new IllegalStateException("No field " + part + " in " + value.getClass());
				}
				ReflectionUtils.makeAccessible(field);
				value = ReflectionUtils.getField(field, value);
			}
			return value;
		}

		Order order(Root<?> root, CriteriaBuilder cb) {
			Expression<?> path = path(root);
			Nulls nulls = this.nullsLast ? Nulls.LAST : Nulls.FIRST;
			return this.ascending ? cb.asc(path, nulls) : cb.desc(path, nulls);
		}

		/** The rows at or after a known value: a range an index on the key can scan. */
		Predicate bound(Root<?> root, CriteriaBuilder cb, Object v) {
			Comparable<Object> value = comparable(v);
			return this.ascending ? cb.greaterThanOrEqualTo(path(root), value)
					: cb.lessThanOrEqualTo(path(root), value);
		}

		/** Known values strictly after {@code v} (itself known). */
		Predicate strictlyAfterValue(Root<?> root, CriteriaBuilder cb, Object v) {
			Comparable<Object> value = comparable(v);
			return this.ascending ? cb.greaterThan(path(root), value) : cb.lessThan(path(root), value);
		}

		/**
		 * Every row whose key sorts strictly after {@code v}, nulls where the order puts
		 * them.
		 */
		Predicate strictlyAfter(Root<?> root, CriteriaBuilder cb, Object v) {
			if (v == null) {
				return this.nullsLast ? cb.disjunction() : cb.isNotNull(path(root));
			}
			Predicate after = strictlyAfterValue(root, cb, v);
			return (this.nullsLast && this.nullable) ? cb.or(after, cb.isNull(path(root))) : after;
		}

		Object parse(String text) {
			if (text == null) {
				return null;
			}
			try {
				if (this.javaType == String.class) {
					return text;
				}
				if (this.javaType == Long.class || this.javaType == long.class) {
					return Long.valueOf(text);
				}
				if (this.javaType == Integer.class || this.javaType == int.class) {
					return Integer.valueOf(text);
				}
				if (this.javaType == Double.class || this.javaType == double.class) {
					return Double.valueOf(text);
				}
				if (this.javaType == Float.class || this.javaType == float.class) {
					return Float.valueOf(text);
				}
				if (this.javaType == BigDecimal.class) {
					return new BigDecimal(text);
				}
				if (this.javaType == LocalDate.class) {
					return LocalDate.parse(text);
				}
				if (this.javaType == Instant.class) {
					return Instant.parse(text);
				}
				if (this.javaType == OffsetDateTime.class) {
					return OffsetDateTime.parse(text);
				}
				if (this.javaType.isEnum()) {
					return enumValue(this.javaType, text);
				}
			}
			catch (RuntimeException ex) {
				// falls through to the problem below
			}
			throw PageCursor.notOne();
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private static Object enumValue(Class<?> type, String text) {
			return Enum.valueOf((Class) type, text);
		}

		@SuppressWarnings("unchecked")
		private static Comparable<Object> comparable(Object v) {
			return (Comparable<Object>) v;
		}

	}

}
