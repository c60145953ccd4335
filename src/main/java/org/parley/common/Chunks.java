package org.parley.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Walks a streamed query result a chunk at a time, so that an export never holds more
 * than one chunk of entities. Each chunk is read in full before it is handed on, so
 * Hibernate's batch fetching ({@code default_batch_fetch_size}, equal to {@link #SIZE})
 * loads a to-many association for the whole chunk in one query rather than row by row;
 * after each chunk the persistence context is cleared. Call it inside a transaction.
 */
@Component
public class Chunks {

	public static final int SIZE = 100;

	private final EntityManager entityManager;

	Chunks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Lifts the statement timeout (PARLEY_DATABASE_STATEMENT_TIMEOUT) for the rest of the
	 * calling transaction: an export streams every matching row and may rightly take
	 * longer than any single answer should. Call it before the export's query.
	 */
	public void untimed() {
		this.entityManager.createNativeQuery("set local statement_timeout = 0").executeUpdate();
	}

	/** Hands every entity to the action, chunk by chunk; closes the stream. */
	public <T> void forEach(Stream<T> entities, Consumer<? super T> action) {
		split(entities, SIZE, (chunk) -> chunk.forEach(action), this.entityManager::clear);
	}

	/**
	 * Splits a stream into lists of at most {@code size} elements, running
	 * {@code afterEach} after each list; closes the stream.
	 */
	public static <T> void split(Stream<T> elements, int size, Consumer<List<T>> action, Runnable afterEach) {
		try (elements) {
			Iterator<T> iterator = elements.iterator();
			List<T> chunk = new ArrayList<>(size);
			while (iterator.hasNext()) {
				chunk.add(iterator.next());
				if (chunk.size() == size || !iterator.hasNext()) {
					action.accept(chunk);
					chunk = new ArrayList<>(size);
					afterEach.run();
				}
			}
		}
	}

}
