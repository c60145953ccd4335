package org.parley.actor;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.common.Unprocessable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules an actor keeps itself, whoever changes it. */
class ActorRulesTests {

	private final Actor france = named("france", ActorKind.STATE);

	private final Actor germany = named("germany", ActorKind.STATE);

	@Test
	void aGroupTakesItsMembersAndAliases() {
		Actor group = named("e3", ActorKind.GROUP);
		group.update("E3", ActorKind.GROUP, null, null, null, Set.of("European three"),
				List.of(this.france, this.germany));
		assertThat(group.getMembers()).containsExactly(this.france, this.germany);
		assertThat(group.getAliases()).containsExactly("European three");
	}

	@Test
	void onlyAGroupHasMembers() {
		Actor state = named("uk", ActorKind.STATE);
		assertThatExceptionOfType(Unprocessable.class).isThrownBy(
				() -> state.update("United Kingdom", ActorKind.STATE, null, null, null, Set.of(), List.of(this.france)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("members"));
		assertThat(state.getMembers()).isEmpty();
	}

	@Test
	void aGroupCannotContainItselfAndTheErrorNamesThePlace() {
		Actor group = named("e3", ActorKind.GROUP);
		assertThatExceptionOfType(Unprocessable.class)
			.isThrownBy(
					() -> group.update("E3", ActorKind.GROUP, null, null, null, Set.of(), List.of(this.france, group)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("members[1]"));
	}

	@Test
	void anActorCannotBeAffiliatedWithItself() {
		Actor person = named("someone", ActorKind.PERSON);
		assertThatExceptionOfType(Unprocessable.class)
			.isThrownBy(() -> person.update("Someone", ActorKind.PERSON, null, person, null, Set.of(), List.of()))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("affiliation"));
		person.update("Someone", ActorKind.PERSON, "Envoy", this.france, null, Set.of(), List.of());
		assertThat(person.getAffiliation()).isSameAs(this.france);
	}

	@Test
	void collectionsAreReadOnlyViews() {
		Actor group = named("e3", ActorKind.GROUP);
		group.update("E3", ActorKind.GROUP, null, null, null, Set.of("E3"), List.of(this.france));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> group.getMembers().add(this.germany));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> group.getAliases().clear());
	}

	private static Actor named(String slug, ActorKind kind) {
		Actor actor = new Actor(slug);
		actor.update(slug, kind, null, null, null, Set.of(), List.of());
		return actor;
	}

	private static List<String> fields(Unprocessable ex) {
		return ex.errors().stream().map(Unprocessable.FieldError::field).toList();
	}

}
