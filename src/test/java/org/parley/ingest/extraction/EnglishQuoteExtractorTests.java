package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractor as a whole: spans that match the body, robustness, size and threads. */
class EnglishQuoteExtractorTests {

	private static final String PARAGRAPH = "“We agreed to robust security guarantees that I would describe as game-changing,” "
			+ "U.S. special envoy Steve Witkoff told CNN. Putin acknowledged the constructive discussion: "
			+ "“I agree with President Trump … that naturally, the security of Ukraine should be ensured as well.” "
			+ "The so-called “coalition of the willing” met in Paris.";

	@Test
	void everyQuotesTextIsItsSpanOfTheBody() {
		String body = "Headline\n\n" + PARAGRAPH;
		Extraction extraction = new EnglishQuoteExtractor().extract(body, Actors.KNOWN, null);
		assertThat(extraction.quotes()).hasSize(2)
			.allSatisfy((q) -> assertThat(body.substring(q.start(), q.end())).isEqualTo(q.text()));
		assertThat(extraction.partial()).isFalse();
		assertThat(extraction.problems()).isEmpty();
	}

	@Test
	void aFailingParagraphIsNotedAndTheOthersAreStillRead() {
		AttributionFinder failing = new AttributionFinder(WordLists.english()) {
			@Override
			Attribution find(ParagraphText text, int quote, int sentenceStart) {
				if (text.body.substring(text.paragraph.start(), text.paragraph.end()).contains("BOOM")) {
					throw new IllegalStateException("boom");
				}
				return super.find(text, quote, sentenceStart);
			}
		};
		QuoteExtractor extractor = new EnglishQuoteExtractor(WordLists.english(), failing);
		Extraction extraction = extractor.extract(
				"Headline\n\n“BOOM goes this one,” Trump said.\n\n“We are closer than we were,” Putin said.",
				Actors.KNOWN, null);
		assertThat(extraction.partial()).isTrue();
		assertThat(extraction.problems()).singleElement().asString().contains("paragraph 2").contains("boom");
		assertThat(Actors.speakers(extraction)).containsExactly("vladimir-putin");
	}

	@Test
	void aBodyOfAHundredThousandCharactersIsReadInFull() {
		StringBuilder body = new StringBuilder("Headline\n\n");
		int paragraphs = 0;
		while (body.length() < 100_000) {
			body.append(PARAGRAPH).append("\n\n");
			paragraphs++;
		}
		Extraction extraction = new EnglishQuoteExtractor().extract(body.toString(), Actors.KNOWN, null);
		assertThat(extraction.quotes()).hasSize(2 * paragraphs);
		assertThat(Actors.speakers(extraction)).containsOnly("steve-witkoff", "vladimir-putin");
	}

	@Test
	void aParagraphOfUnclosedMarksDoesNotStallTheReader() {
		String body = "Headline\n\n" + "He said \"this and 'that ".repeat(5_000) + "“and a quote,” Trump said.";
		Extraction extraction = new EnglishQuoteExtractor().extract(body, Actors.KNOWN, null);
		assertThat(extraction.partial()).isFalse();
	}

	@Test
	void oneExtractorServesManyThreads() throws Exception {
		QuoteExtractor extractor = new EnglishQuoteExtractor();
		String body = "Headline\n\n" + PARAGRAPH;
		List<String> expected = Actors.speakers(extractor.extract(body, Actors.KNOWN, null));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				results.add(pool.submit(() -> Actors.speakers(extractor.extract(body, Actors.KNOWN, null))));
			}
			for (Future<List<String>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anEmptyBodyHasNothing() {
		assertThat(new EnglishQuoteExtractor().extract("", Actors.KNOWN, null).quotes()).isEmpty();
		assertThat(new EnglishQuoteExtractor().extract(null, null, null).quotes()).isEmpty();
	}

}
