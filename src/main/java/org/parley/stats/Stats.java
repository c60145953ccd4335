package org.parley.stats;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;

/** Counts for dashboards. */
@Schema(description = "How many records there are, and how the statements spread over speakers, issues and days")
record Stats(Totals totals, @Schema(
		description = "Actors who made at least one statement, most statements first (then by slug)") List<ActorCount> statementsPerActor,
		@Schema(description = "Every issue with the number of statements touching it (possibly 0), most first (then by code); "
				+ "a statement touching several issues counts for each") List<IssueCount> statementsPerIssue,
		@Schema(description = "Days on which statements were made, earliest first") List<DayCount> statementsPerDay,
		@Schema(description = "Statements without a date; with statementsPerDay they add up to totals.statements") long undatedStatements) {

	/** How many records of each kind. */
	public record Totals(long articles, long actors, long summits, long statements, long positions,
			@Schema(description = "Positions in force: those no later position superseded") long currentPositions) {
	}

	public record ActorCount(ActorRef actor, long statements) {
	}

	public record IssueCount(IssueRef issue, long statements) {
	}

	public record DayCount(LocalDate date, long statements) {
	}

}
