package org.parley.position;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.parley.actor.Actor;
import org.parley.common.Unprocessable;
import org.parley.issue.Issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules a chain of positions keeps, without Spring or a database. */
class PositionTests {

	static final LocalDate AUGUST_1 = LocalDate.of(2025, 8, 1);

	static final LocalDate AUGUST_15 = LocalDate.of(2025, 8, 15);

	final Actor russia = new Actor("russia");

	final Issue guarantees = new Issue("security-guarantees", "Security guarantees", "Should there be any?", null);

	Position first(LocalDate validFrom) {
		return new Position(this.russia, this.guarantees, Stance.OPPOSES, "opposes", validFrom);
	}

	static void assertRefusesValidFrom(Runnable action) {
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(Unprocessable.FieldError::field)
				.containsExactly("validFrom"));
	}

	@Test
	void aSupersedingPositionKeepsActorAndIssueAndPointsBackWhileTheOldOneStaysAsItWas() {
		Position first = first(AUGUST_1);
		Position next = first.supersede(Stance.SUPPORTS, "supports", AUGUST_15);
		assertThat(next).isNotSameAs(first);
		assertThat(next.getActor()).isSameAs(this.russia);
		assertThat(next.getIssue()).isSameAs(this.guarantees);
		assertThat(next.getStance()).isEqualTo(Stance.SUPPORTS);
		assertThat(next.getSummary()).isEqualTo("supports");
		assertThat(next.getValidFrom()).isEqualTo(AUGUST_15);
		assertThat(next.getSupersedes()).isSameAs(first);
		assertThat(first.getSupersedes()).isNull();
		assertThat(first.getStance()).isEqualTo(Stance.OPPOSES);
		assertThat(first.getValidFrom()).isEqualTo(AUGUST_1);
	}

	@Test
	void aNewStanceMayApplyFromTheSameDayButNotEarlier() {
		Position first = first(AUGUST_15);
		assertThat(first.supersede(Stance.SUPPORTS, "same day", AUGUST_15).getValidFrom()).isEqualTo(AUGUST_15);
		assertRefusesValidFrom(() -> first.supersede(Stance.SUPPORTS, "earlier", AUGUST_1));
	}

	@Test
	void onceAStanceIsDatedItsSuccessorsMustBeDatedToo() {
		assertRefusesValidFrom(() -> first(AUGUST_1).supersede(Stance.SUPPORTS, "undated", null));
		assertThat(first(null).supersede(Stance.SUPPORTS, "dated", AUGUST_1).getValidFrom()).isEqualTo(AUGUST_1);
		assertThat(first(null).supersede(Stance.SUPPORTS, "undated", null).getValidFrom()).isNull();
	}

	@Test
	void aRevisionSaysWhetherAnythingChanged() {
		Position position = first(AUGUST_1);
		assertThat(position.revise(Stance.OPPOSES, "opposes", AUGUST_1)).isFalse();
		assertThat(position.revise(Stance.CONDITIONAL, "opposes", AUGUST_1)).isTrue();
		assertThat(position.getStance()).isEqualTo(Stance.CONDITIONAL);
		assertThat(position.revise(Stance.CONDITIONAL, "on conditions", AUGUST_1)).isTrue();
		assertThat(position.getSummary()).isEqualTo("on conditions");
		assertThat(position.revise(Stance.CONDITIONAL, "on conditions", AUGUST_15)).isTrue();
		assertThat(position.getValidFrom()).isEqualTo(AUGUST_15);
		assertThat(position.revise(Stance.CONDITIONAL, "on conditions", null)).isTrue();
		assertThat(position.getValidFrom()).isNull();
	}

	@Test
	void aRevisedDateMustNotMoveBeforeThePositionItSupersedes() {
		Position next = first(AUGUST_1).supersede(Stance.SUPPORTS, "supports", AUGUST_15);
		assertThat(next.revise(Stance.SUPPORTS, "supports", AUGUST_1)).isTrue();
		assertRefusesValidFrom(() -> next.revise(Stance.SUPPORTS, "supports", AUGUST_1.minusDays(1)));
		assertRefusesValidFrom(() -> next.revise(Stance.SUPPORTS, "supports", null));
	}

	@Test
	void aRevisedDateMustNotMovePastThePositionThatSupersedesIt() {
		Position first = first(AUGUST_1);
		Position next = first.supersede(Stance.SUPPORTS, "supports", AUGUST_15);
		first.checkBefore(next);
		first.revise(Stance.OPPOSES, "opposes", AUGUST_15);
		first.checkBefore(next);
		first.revise(Stance.OPPOSES, "opposes", AUGUST_15.plusDays(1));
		assertRefusesValidFrom(() -> first.checkBefore(next));
	}

	@Test
	void anUndatedPositionMayPrecedeAnyAndADatedOneNoUndatedSuccessor() {
		Position undated = first(null);
		undated.checkBefore(undated.supersede(Stance.SUPPORTS, "undated", null));
		undated.checkBefore(undated.supersede(Stance.SUPPORTS, "dated", AUGUST_1));
		Position dated = first(null);
		Position undatedSuccessor = dated.supersede(Stance.SUPPORTS, "undated", null);
		dated.revise(Stance.OPPOSES, "opposes", AUGUST_1);
		assertRefusesValidFrom(() -> dated.checkBefore(undatedSuccessor));
	}

}
