package org.parley.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotation marks around words nobody says are not quotes. */
class ScareQuoteFilterTests {

	@Test
	void aLabelMarkedAsSuchIsNotSpeech() {
		assertThat(Actors.texts(Actors.extract(
				"The so-called “coalition of the willing” met in Paris, in what Macron said was a good day.",
				"Analysts used the term “frozen conflict” to describe it.",
				"The group, known as the “coalition of the willing”, was formed in the spring, Starmer said.")))
			.isEmpty();
	}

	@Test
	void aShortQuotedNounPhraseWithoutASpeechVerbIsNotSpeech() {
		assertThat(
				Actors.texts(Actors.extract("The exchange was the latest in what officials call the “Istanbul track.”",
						"A recent exercise, codenamed “Spring Wind”, tested the reserves.")))
			.isEmpty();
	}

	@Test
	void titlesOfProgrammesAndBooksAreNotSpeech() {
		assertThat(Actors.texts(Actors.extract("Speaking on ABC's \"This Week,\" Trump said it was \"a good deal.\"",
				"The interview aired on CNN’s weekly program “Fareed Zakaria GPS.” CNN said it was edited.")))
			.containsExactly("a good deal.");
	}

	@Test
	void aShortWholeSentenceIsSpeechEvenUnattributed() {
		assertThat(Actors.texts(Actors.extract("“It is a good day,” Trump said. “Maybe they'll say no.”")))
			.containsExactly("It is a good day", "Maybe they'll say no.");
		assertThat(Actors.speakers(Actors.extract("“We will not give up,” Zelenskyy said. “Never.”")))
			.containsExactly("volodymyr-zelenskyy", "volodymyr-zelenskyy");
	}

}
