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
record SummitDetail(String slug, String title, SummitKind kind, SummitStatus status,
		@Schema(nullable = true) LocalDate startDate, @Schema(nullable = true) LocalDate endDate,
		@Schema(nullable = true) SummitResponse.Location location, List<SummitResponse.Participant> participants,
		@Schema(nullable = true) String summary, @Schema(nullable = true) String outcome, List<ArticleRef> sources,
		int sourceCount, List<StatementResponse> statements,
		@Schema(description = "Facts about this event on which the sources disagree") List<DiscrepancyRef> discrepancies) {
}
