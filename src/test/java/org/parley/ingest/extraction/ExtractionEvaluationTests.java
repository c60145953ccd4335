package org.parley.ingest.extraction;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the extractor against labelled quotes: the seed articles with their curated
 * direct quotes (read from PostgreSQL) and every set under
 * {@code src/test/resources/extraction/} ({@code NAME.txt} with {@code NAME.quotes.tsv}).
 * A quote counts as found only with its exact span; its speaker is right when the slug or
 * the name matches the label. Prints a table per set and fails below each set's floors.
 * The held-out sets ({@code holdout/}, {@code holdout2/}, {@code holdout3/}) are only
 * counted, never listed: nobody tunes on them. With {@code -Dparley.extraction.sets=DIR}
 * the sets in DIR (folders laid out the same way, such as labelled articles that may not
 * be kept in the project) are scored too, as held out and without floors.
 */
@ApiTest
class ExtractionEvaluationTests {

	/**
	 * Floors a few points under the measured figures: recall, precision, speaker
	 * accuracy.
	 */
	static final Map<String, Floors> FLOORS = Map.of("seed", new Floors(0.95, 0.95, 0.95), "wire",
			new Floors(0.95, 0.95, 0.95), "web", new Floors(0.95, 0.95, 0.95), "broadcast",
			new Floors(0.95, 0.95, 0.95), "european", new Floors(0.95, 0.95, 0.95), "analysis",
			new Floors(0.95, 0.95, 0.95), "holdout", new Floors(0.95, 0.95, 0.85), "holdout2",
			new Floors(0.95, 0.90, 0.85), "holdout3", new Floors(0.95, 0.95, 0.90));

	/** A set added later is measured against these until it has floors of its own. */
	static final Floors NEW_SET = new Floors(0.5, 0.5, 0.5);

	/** Sets whose name starts so are held out. */
	static final String HOLDOUT = "holdout";

	@Autowired
	JdbcClient jdbc;

	private final QuoteExtractor extractor = new EnglishQuoteExtractor();

	@Test
	void everySetMeetsItsFloorsForRecallPrecisionAndSpeakers() throws Exception {
		List<KnownActor> actors = knownActors();
		List<Score> scores = new ArrayList<>();
		scores.add(score("seed", seedArticles(), actors, true));
		for (Map.Entry<String, List<Article>> set : labelledSets().entrySet()) {
			scores.add(score(set.getKey(), set.getValue(), actors, !set.getKey().startsWith(HOLDOUT)));
		}
		String external = System.getProperty("parley.extraction.sets", "");
		List<Score> unfloored = new ArrayList<>();
		if (!external.isBlank()) {
			for (Map.Entry<String, List<Article>> set : labelledSets(Path.of(external)).entrySet()) {
				unfloored.add(score(set.getKey(), set.getValue(), actors, false));
			}
		}
		System.out.println();
		System.out.printf("%-10s %5s %5s %5s %5s %8s %9s %8s%n", "set", "gold", "found", "right", "extr", "recall",
				"precision", "speaker");
		for (Score score : concat(scores, unfloored)) {
			System.out.printf("%-10s %5d %5d %5d %5d %8.3f %9.3f %8.3f%n", score.set, score.gold, score.found,
					score.speakerRight, score.extracted, score.recall(), score.precision(), score.speakerAccuracy());
		}
		for (Score score : scores) {
			Floors floors = FLOORS.getOrDefault(score.set, NEW_SET);
			assertThat(score.recall()).as(score.set + " recall").isGreaterThanOrEqualTo(floors.recall());
			assertThat(score.precision()).as(score.set + " precision").isGreaterThanOrEqualTo(floors.precision());
			assertThat(score.speakerAccuracy()).as(score.set + " speaker accuracy")
				.isGreaterThanOrEqualTo(floors.speaker());
		}
	}

	private Score score(String set, List<Article> articles, List<KnownActor> actors, boolean listMistakes) {
		Score score = new Score(set);
		for (Article article : articles) {
			Extraction extraction = this.extractor.extract(article.body, actors, article.publishedOn);
			Map<String, ExtractedQuote> bySpan = new HashMap<>();
			for (ExtractedQuote quote : extraction.quotes()) {
				bySpan.put(quote.start() + ":" + quote.end(), quote);
			}
			score.extracted += extraction.quotes().size();
			score.gold += article.gold.size();
			for (Gold gold : article.gold) {
				ExtractedQuote found = bySpan.remove(gold.start + ":" + gold.end);
				if (found == null) {
					mistake(listMistakes, set, article, "missed", gold.text, gold.speaker);
					continue;
				}
				score.found++;
				if (gold.speaker.equalsIgnoreCase(Objects.toString(found.speakerSlug(), ""))
						|| gold.speaker.equalsIgnoreCase(Objects.toString(found.speakerName(), ""))) {
					score.speakerRight++;
				}
				else {
					mistake(listMistakes, set, article, "speaker", gold.text,
							gold.speaker + " <> " + found.speakerSlug() + " / " + found.speakerName());
				}
			}
			for (ExtractedQuote extra : bySpan.values()) {
				mistake(listMistakes, set, article, "extra", extra.text(), extra.speakerName());
			}
		}
		return score;
	}

	private static void mistake(boolean list, String set, Article article, String kind, String text, String detail) {
		if (list) {
			System.out.printf("[%s] %s %-7s %s | %s%n", set, article.name, kind, text, detail);
		}
	}

	private List<KnownActor> knownActors() {
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql("select actor_id, alias from actor_alias order by actor_id, alias")
			.query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return this.jdbc.sql("select id, slug, name, kind, title from actor order by id")
			.query((rs, n) -> new KnownActor(rs.getString("slug"), rs.getString("name"), rs.getString("kind"),
					rs.getString("title"), List.copyOf(aliases.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	private List<Article> seedArticles() {
		Map<Long, List<Gold>> gold = new HashMap<>();
		this.jdbc.sql("""
				select s.article_id, s.start_offset, s.end_offset, s.text, a.slug as speaker
				from statement s join actor a on a.id = s.speaker_id
				where s.kind = 'DIRECT_QUOTE'
				order by s.article_id, s.start_offset
				""")
			.query((rs, n) -> gold.computeIfAbsent(rs.getLong("article_id"), (k) -> new ArrayList<>())
				.add(new Gold(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"),
						rs.getString("speaker"))))
			.list();
		return this.jdbc
			.sql("select id, slug, body, published_on from article where source_file is not null order by id")
			.query((rs, n) -> new Article(rs.getString("slug"), rs.getString("body"),
					rs.getObject("published_on", LocalDate.class), gold.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** Every folder with NAME.txt and NAME.quotes.tsv, by folder name. */
	private Map<String, List<Article>> labelledSets() throws IOException, URISyntaxException {
		return labelledSets(Path.of(Objects.requireNonNull(getClass().getResource("/extraction")).toURI()));
	}

	private static List<Score> concat(List<Score> first, List<Score> second) {
		List<Score> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static Map<String, List<Article>> labelledSets(Path root) throws IOException {
		Map<String, List<Article>> sets = new LinkedHashMap<>();
		List<Path> folders;
		try (Stream<Path> listing = Files.list(root)) {
			folders = listing.filter(Files::isDirectory).sorted().toList();
		}
		for (Path folder : folders) {
			List<Article> articles = new ArrayList<>();
			List<Path> labels;
			try (Stream<Path> listing = Files.list(folder)) {
				labels = listing.filter((p) -> p.getFileName().toString().endsWith(".quotes.tsv")).sorted().toList();
			}
			for (Path label : labels) {
				String name = label.getFileName().toString().replace(".quotes.tsv", "");
				Path text = folder.resolve(name + ".txt");
				if (Files.exists(text)) {
					articles.add(labelled(name, Files.readString(text, StandardCharsets.UTF_8),
							Files.readAllLines(label, StandardCharsets.UTF_8)));
				}
			}
			if (!articles.isEmpty()) {
				sets.put(folder.getFileName().toString(), articles);
			}
		}
		return sets;
	}

	/** Labels found in order: each searched from just after the one before. */
	static Article labelled(String name, String body, List<String> lines) {
		List<Gold> gold = new ArrayList<>();
		int from = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			int tab = line.indexOf('\t');
			String speaker = line.substring(0, tab).trim();
			String quote = line.substring(tab + 1);
			int at = body.indexOf(quote, from);
			assertThat(at).as(name + ": label not in the article: " + quote).isGreaterThanOrEqualTo(0);
			gold.add(new Gold(at, at + quote.length(), quote, speaker));
			from = at + quote.length();
		}
		return new Article(name, body, null, gold);
	}

	record Floors(double recall, double precision, double speaker) {
	}

	record Gold(int start, int end, String text, String speaker) {
	}

	record Article(String name, String body, LocalDate publishedOn, List<Gold> gold) {
	}

	static final class Score {

		final String set;

		int gold;

		int found;

		int speakerRight;

		int extracted;

		Score(String set) {
			this.set = set;
		}

		double recall() {
			return (this.gold == 0) ? 1 : (double) this.found / this.gold;
		}

		double precision() {
			return (this.extracted == 0) ? 1 : (double) this.found / this.extracted;
		}

		double speakerAccuracy() {
			return (this.found == 0) ? 1 : (double) this.speakerRight / this.found;
		}

		@Override
		public String toString() {
			return this.set.toLowerCase(Locale.ROOT);
		}

	}

}
