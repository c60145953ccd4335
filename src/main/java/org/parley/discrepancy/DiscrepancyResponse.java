package org.parley.discrepancy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.article.ArticleRef;

/** A disagreement between sources. */
record DiscrepancyResponse(String slug, Subject subject, @Schema(description = "What is disputed") String question,
		@Schema(nullable = true,
				description = "Which reading Parley's records follow, and why; null when none is preferred") String resolution,
		List<Reading> readings) {

	/** The record the disagreement is about. */
	public record Subject(DiscrepancySubject type, String key, String href) {
	}

	/** One competing reading and the articles that give it. */
	public record Reading(String reading,
			@Schema(description = "True for the reading Parley's records follow") boolean preferred,
			List<Source> sources) {
	}

	/** An article giving the reading, with the words it prints. */
	@Schema(name = "ReadingSource")
	public record Source(ArticleRef article, @Schema(description = "Verbatim from the article body") String excerpt) {
	}

	static DiscrepancyResponse of(Discrepancy d) {
		return new DiscrepancyResponse(d.getSlug(),
				new Subject(d.getSubjectType(), d.getSubjectKey(), d.getSubjectType().href(d.getSubjectKey())),
				d.getQuestion(), d.getResolution(),
				d.getReadings()
					.stream()
					.map((r) -> new Reading(r.getReading(), r.isPreferred(),
							r.getSources()
								.stream()
								.map((s) -> new Source(ArticleRef.of(s.getArticle()), s.getExcerpt()))
								.toList()))
					.toList());
	}

}
