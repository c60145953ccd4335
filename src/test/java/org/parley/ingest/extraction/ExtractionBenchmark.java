package org.parley.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long extraction takes for bodies of 5,000, 20,000 and 100,000 characters, built
 * from the seed articles' own paragraphs; run by {@code bench/extraction.sh}, never by
 * the tests. The extractor is built once, as the application builds it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

	private static final String[] SEEDS = { "000_b2136352f6002f98.txt", "001_ffce0916daf4e3fd.txt",
			"002_df24da9ed9f199a2.txt", "003_1ca07dd4dee9b7b2.txt", "004_3f5d1c33c9c20a76.txt" };

	@Param({ "5000", "20000", "100000" })
	int length;

	QuoteExtractor extractor;

	String body;

	List<KnownActor> actors;

	@Setup
	public void setUp() throws IOException {
		this.extractor = new EnglishQuoteExtractor();
		this.body = body(this.length);
		this.actors = List.of(
				new KnownActor("donald-trump", "Donald Trump", "PERSON", "President of the United States", List.of()),
				new KnownActor("vladimir-putin", "Vladimir Putin", "PERSON", "President of Russia", List.of()),
				new KnownActor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "PERSON", "President of Ukraine",
						List.of("Zelensky")));
	}

	@Benchmark
	public Extraction extract() {
		return this.extractor.extract(this.body, this.actors, null);
	}

	/**
	 * The seed articles' paragraphs, repeated in order until the body has this length.
	 */
	static String body(int length) throws IOException {
		List<String> paragraphs = new ArrayList<>();
		for (String seed : SEEDS) {
			try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/seed/articles/" + seed)) {
				for (String paragraph : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n+")) {
					if (!paragraph.isBlank()) {
						paragraphs.add(paragraph.strip());
					}
				}
			}
		}
		StringBuilder body = new StringBuilder();
		for (int i = 0; body.length() < length; i++) {
			body.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
		}
		return body.substring(0, body.lastIndexOf("\n\n", length) + 2).strip();
	}

}
