package org.parley.summit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;

/** An event in a list. */
public record SummitResponse(String slug, String title, SummitKind kind, SummitStatus status,
		@Schema(nullable = true, description = "Null where no source gives a date") LocalDate startDate,
		@Schema(nullable = true) LocalDate endDate, @Schema(nullable = true) Location location,
		List<Participant> participants,
		@Schema(nullable = true,
				description = "What the sources report; disagreements between sources are named here") String summary,
		@Schema(nullable = true) String outcome,
		@Schema(description = "The articles that report this event") List<ArticleRef> sources,
		@Schema(description = "How many distinct articles report this event") int sourceCount) {

	/** Where it took place; coordinates only where the place is known precisely. */
	public record Location(@Schema(nullable = true) String name, @Schema(nullable = true) BigDecimal latitude,
			@Schema(nullable = true) BigDecimal longitude) {
	}

	/** An actor and the part it played. */
	public record Participant(ActorRef actor, ParticipantRole role) {
	}

}
