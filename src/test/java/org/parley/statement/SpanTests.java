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

	@Test
	void aSpanReproducesOnlyTheExactCharactersWithinTheBody() {
		assertThat(new Span(3, 8).reproduces(BODY, "peace")).isTrue();
		assertThat(new Span(4, 9).reproduces(BODY, "peace")).isFalse();
		assertThat(new Span(3, 8).reproduces(BODY, "Peace")).isFalse();
		assertThat(new Span(-1, 4).reproduces(BODY, "aa p")).isFalse();
		assertThat(new Span(21, 25).reproduces(BODY, "war")).isFalse();
		assertThat(new Span(3, 3).reproduces(BODY, "")).isFalse();
	}

	@Test
	void aCurrentSpanThatNoLongerHoldsIsNoChoice() {
		assertThatExceptionOfType(Unprocessable.class)
			.isThrownBy(() -> Span.locate(BODY, "peace", null, null, new Span(13, 18)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("start"));
	}

	@Test
	void aTextPrintedOnceIsFoundEvenWhereTheCurrentSpanIsElsewhere() {
		assertThat(Span.locate(BODY, "war", null, null, new Span(3, 8))).isEqualTo(new Span(21, 24));
	}

	@Test
	void aTextNotPrintedIsRefusedNamingTextWithoutOffsetsToo() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "truce", null, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("text"));
	}

	@Test
	void anEndBeforeTheBodyStartsIsOutsideTheBody() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "peace", null, 2, null))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement().satisfies((e) -> {
				assertThat(e.field()).isEqualTo("start");
				assertThat(e.message()).contains("outside the body", "[3, 12]");
			}));
	}

	@Test
	void aRefusalPointsAtTheOnlyOccurrenceWithItsEnd() {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(BODY, "war", 20, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::message)
				.first()
				.asString()
				.contains("[21] (end 24)"));
	}

	@Test
	void aRefusalListsAtMostTwentyOccurrences() {
		String body = "x".repeat(Span.LISTED + 5);
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(() -> Span.locate(body, "x", null, null, null))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement().satisfies((e) -> {
				assertThat(e.message()).contains("25 times", ", 19, ...]");
				assertThat(e.message()).doesNotContain(", 20,");
			}));
	}

}
