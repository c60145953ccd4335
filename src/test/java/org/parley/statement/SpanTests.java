package org.parley.statement;

import org.junit.jupiter.api.Test;
import org.parley.common.Unprocessable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Locating a statement's text in its article's body. */
class SpanTests {

	static final String BODY = "aa peace bb peace cc war";

	@Test
	void aTextPrintedOnceIsFound() {
		assertThat(Span.locate(BODY, "war", null, null, null)).isEqualTo(new Span(21, 24));
	}

	@Test
	void aTextPrintedTwiceNeedsOffsetsUnlessTheCurrentSpanStillHolds() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "peace", null, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((e) -> assertThat(e.message()).contains("2 times", "[3, 12]")));
		assertThat(Span.locate(BODY, "peace", null, null, new Span(12, 17))).isEqualTo(new Span(12, 17));
		assertThat(Span.locate(BODY, "peace", 12, null, null)).isEqualTo(new Span(12, 17));
		assertThat(Span.locate(BODY, "peace", null, 8, null)).isEqualTo(new Span(3, 8));
	}

	@Test
	void offsetsThatDoNotReproduceTheTextAreRefused() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "peace", 4, 9, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("start", "end"));
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "peace", 3, 9, null))
			.satisfies(
					(ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field).containsExactly("end"));
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "peace", 100, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("start"));
	}

	@Test
	void aTextNotPrintedIsRefusedNamingText() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "truce", 3, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("text"));
	}

	@Test
	void overlappingOccurrencesCount() {
		assertThat(Span.occurrences("aaaa", "aa")).containsExactly(0, 1, 2);
	}

}
