package org.parley.ingest.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * A few known actors as Parley's seed records them, and a shortcut to extract with them.
 */
final class Actors {

	static final List<KnownActor> KNOWN = List.of(
			new KnownActor("donald-trump", "Donald Trump", "PERSON", "U.S. President",
					List.of("Donald Trump", "Trump")),
			new KnownActor("vladimir-putin", "Vladimir Putin", "PERSON", "Russian President",
					List.of("Vladimir Putin", "Putin")),
			new KnownActor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "PERSON", "Ukrainian President",
					List.of("Volodymyr Zelenskyy", "Zelenskyy", "Zelensky")),
			new KnownActor("steve-witkoff", "Steve Witkoff", "PERSON", "U.S. special envoy",
					List.of("Steve Witkoff", "Steven Witkoff")),
			new KnownActor("keir-starmer", "Keir Starmer", "PERSON", "UK Prime Minister", List.of("Keir Starmer")),
			new KnownActor("karoline-leavitt", "Karoline Leavitt", "PERSON", "White House Press Secretary",
					List.of("Karoline Leavitt", "Leavitt")),
			new KnownActor("united-states", "United States", "STATE", null,
					List.of("United States", "U.S.", "US", "Washington")),
			new KnownActor("russia", "Russia", "STATE", null, List.of("Russia", "Moscow")),
			new KnownActor("ukraine", "Ukraine", "STATE", null, List.of("Ukraine", "Kyiv")),
			new KnownActor("united-kingdom", "United Kingdom", "STATE", null,
					List.of("United Kingdom", "Britain", "UK")),
			new KnownActor("nato", "NATO", "ORGANIZATION", null, List.of("NATO")));

	private static final QuoteExtractor EXTRACTOR = new EnglishQuoteExtractor();

	private Actors() {
	}

	/** Extracts from a body whose first line is a headline, as Parley stores articles. */
	static Extraction extract(String... paragraphs) {
		return extractOn(null, paragraphs);
	}

	static Extraction extractOn(LocalDate publishedOn, String... paragraphs) {
		return EXTRACTOR.extract("Headline\n\n" + String.join("\n\n", paragraphs), KNOWN, publishedOn);
	}

	static List<String> texts(Extraction extraction) {
		return extraction.quotes().stream().map(ExtractedQuote::text).toList();
	}

	static List<String> speakers(Extraction extraction) {
		return extraction.quotes()
			.stream()
			.map((q) -> (q.speakerSlug() != null) ? q.speakerSlug() : String.valueOf(q.speakerName()))
			.toList();
	}

}
