package org.parley.summit;

import java.time.LocalDate;
import java.util.List;

import org.parley.article.ArticleRef;
import org.parley.statement.StatementResponse;

/** One event with the statements made there. */
public record SummitDetail(String slug, String title, SummitKind kind, SummitStatus status, LocalDate startDate,
		LocalDate endDate, SummitResponse.Location location, List<SummitResponse.Participant> participants,
		String summary, String outcome, List<ArticleRef> sources, List<StatementResponse> statements) {
}
