package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.ingest.extraction.EnglishQuoteExtractor;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.extraction.KnownActor;
import org.parley.ingest.extraction.QuoteExtractor;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An extractor that breaks never costs the article: it is stored, the failure is logged,
 * and its candidates say the extraction was partial. (Its own context: the extractor here
 * breaks on purpose when a body says so.)
 */
@ApiTest
@AsEditor
@Import(ExtractionFailureTests.BreakingExtractor.class)
class ExtractionFailureTests {

	@Autowired
	Api api;

	@Test
	void anArticleIsStoredEvenWhenTheExtractorFailsAndTheRunIsMarkedPartial() {
		String slug = "failing-" + UUID.randomUUID().toString().substring(0, 8);
		this.api
			.post("/api/v1/articles",
					Map.of("slug", slug, "title", "Fixture", "language", "en", "body",
							"BREAK the extractor. “We are ready,” the Kremlin spokesman said. " + slug))
			.assertStatus(201);
		assertThat(this.api.get("/api/v1/articles/" + slug).status()).isEqualTo(200);
		Reply candidates = this.api.get("/api/v1/articles/" + slug + "/candidates").assertStatus(200);
		assertThat(candidates.bool("extraction.partial")).isTrue();
		assertThat(candidates.list("content")).isEmpty();

		Reply tried = this.api.post("/api/v1/extractions", Map.of("text", "BREAK it")).assertStatus(200);
		assertThat(tried.bool("partial")).isTrue();
		this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true").assertStatus(204);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class BreakingExtractor {

		/** The English extractor, except that it throws on a body starting with BREAK. */
		@Bean
		@Primary
		QuoteExtractor breakingExtractor() {
			QuoteExtractor english = new EnglishQuoteExtractor();
			return new QuoteExtractor() {
				@Override
				public Extraction extract(String body, List<KnownActor> actors, LocalDate publishedOn) {
					if (body.startsWith("BREAK")) {
						throw new IllegalStateException("broken on purpose");
					}
					return english.extract(body, actors, publishedOn);
				}
			};
		}

	}

}
