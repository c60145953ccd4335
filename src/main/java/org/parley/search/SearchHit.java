package org.parley.search;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;

/** One search result. */
record SearchHit(SearchType type,
		@Schema(nullable = true, description = "The statement's id; null for articles") Long id,
		@Schema(description = "The statement's text, or the article's title") String title,
		@Schema(description = "The matching passage, matches wrapped in <mark>…</mark>") String snippet,
		@Schema(description = "Relevance, higher first; comparable within one search only") float rank,
		@Schema(nullable = true, description = "When it was said or published, if known") LocalDate date,
		@Schema(nullable = true, description = "For statements: the speaker") ActorRef speaker,
		@Schema(description = "The article: the statement's source, or the hit itself") ArticleRef article,
		@Schema(description = "Where the full record is") String href) {
}
