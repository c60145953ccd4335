package org.parley.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What still refers to a record about to be deleted, counted by each feature that refers
 * to it: the deleting feature publishes an event carrying this, the features that cite
 * the record {@link #add add} their counts, and the deleting feature refuses with a 409
 * naming them all.
 */
public final class References {

	private final Map<String, Long> counts = new LinkedHashMap<>();

	/**
	 * Counts {@code count} records of a kind ({@code "statements"}); zero is left out.
	 */
	public void add(String what, long count) {
		if (count > 0) {
			this.counts.merge(what, count, Long::sum);
		}
	}

	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	public boolean isEmpty() {
		return this.counts.isEmpty();
	}

	/** For people: {@code "2 statements, 1 positions"}. */
	public String describe() {
		return String.join(", ", this.counts.entrySet().stream().map((e) -> e.getValue() + " " + e.getKey()).toList());
	}

	@Override
	public String toString() {
		return describe();
	}

}
