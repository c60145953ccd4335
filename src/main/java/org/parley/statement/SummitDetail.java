package org.parley.statement;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.article.ArticleRef;
import org.parley.common.DiscrepancyRef;
import org.parley.summit.SummitKind;
import org.parley.summit.SummitResponse;
import org.parley.summit.SummitStatus;

/** One event with the statements made there. */
record SummitDetail(String slug, String title, SummitKind kind, SummitStatus status, LocalDate startDate,
		LocalDate endDate, SummitResponse.Location location, List<SummitResponse.Participant> participants,
		String summary, String outcome, List<ArticleRef> sources, int sourceCount, List<StatementResponse> statements,
		@Schema(description = "Facts about this event on which the sources disagree") List<DiscrepancyRef> discrepancies) {
}
