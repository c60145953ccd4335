package org.parley.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChunksTests {

	@Test
	void splitsIntoFullChunksAndARestClearingAfterEach() {
		List<List<Integer>> chunks = new ArrayList<>();
		AtomicInteger cleared = new AtomicInteger();
		Chunks.split(IntStream.rangeClosed(1, 250).boxed(), 100, (chunk) -> {
			assertThat(cleared).as("cleared after the previous chunk").hasValue(chunks.size());
			chunks.add(List.copyOf(chunk));
		}, cleared::incrementAndGet);
		assertThat(chunks).extracting(List::size).containsExactly(100, 100, 50);
		assertThat(chunks.get(2)).startsWith(201).endsWith(250);
		assertThat(cleared).hasValue(3);
	}

	@Test
	void anEmptyStreamMakesNoChunkAndIsClosed() {
		AtomicBoolean closed = new AtomicBoolean();
		AtomicInteger calls = new AtomicInteger();
		Chunks.split(Stream.<Integer>empty().onClose(() -> closed.set(true)), 100, (chunk) -> calls.incrementAndGet(),
				calls::incrementAndGet);
		assertThat(calls).hasValue(0);
		assertThat(closed).isTrue();
	}

}
