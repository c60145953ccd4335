package org.parley.timeline;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;
import org.parley.position.Stance;

/** One event, statement or position on the timeline. */
@Schema(description = "An event, a statement or a position, in date order")
record TimelineEntry(TimelineType type,
		@Schema(nullable = true,
				description = "The statement's or position's id; null for events, which are named by slug") Long id,
		@Schema(nullable = true, description = "The event's slug; null for statements and positions") String slug,
		@Schema(description = "Where the full record is",
				example = "/api/v1/summits/alaska-summit-2025-08-15") String href,
		@Schema(nullable = true,
				description = "The event's start date, when the statement was made, or when the position took effect; "
						+ "null when the sources give none") LocalDate date,
		@Schema(description = "False for entries without a date, which come after all dated ones") boolean dated,
		@Schema(description = "The event's title, the statement's text, or the position's summary") String title,
		@Schema(nullable = true,
				description = "The speaker of a statement or the holder of a position; null for events") ActorRef actor,
		@Schema(nullable = true, description = "For positions: the issue") IssueRef issue,
		@Schema(nullable = true, description = "For positions: the stance taken") Stance stance,
		@Schema(nullable = true,
				description = "For positions that replaced an earlier stance: that stance; null otherwise") Superseded supersedes) {

	/** The earlier position a position replaced. */
	public record Superseded(Long id, Stance stance, @Schema(nullable = true,
			description = "From when the earlier stance held; null if the sources give no date") LocalDate validFrom,
			String href) {
	}

}
