package org.parley.summit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.actor.Actor;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** How an event's participants are replaced, without Spring or a database. */
class SummitTests {

	final Actor trump = actor(1, "donald-trump");

	final Actor putin = actor(2, "vladimir-putin");

	final Actor zelenskyy = actor(3, "volodymyr-zelenskyy");

	/** An actor as loaded: participants are matched by id. */
	static Actor actor(long id, String slug) {
		Actor actor = new Actor(slug);
		ReflectionTestUtils.setField(actor, "id", id);
		return actor;
	}

	static Map<Actor, ParticipantRole> roles(Object... actorsAndRoles) {
		Map<Actor, ParticipantRole> roles = new LinkedHashMap<>();
		for (int i = 0; i < actorsAndRoles.length; i += 2) {
			roles.put((Actor) actorsAndRoles[i], (ParticipantRole) actorsAndRoles[i + 1]);
		}
		return roles;
	}

	static List<String> participants(Summit summit) {
		return summit.getParticipants()
			.stream()
			.map((p) -> p.getActor().getSlug() + ":" + p.getRole())
			.sorted()
			.toList();
	}

	static SummitParticipant participant(Summit summit, Actor actor) {
		return summit.getParticipants()
			.stream()
			.filter((p) -> p.getActor().getId().equals(actor.getId()))
			.findFirst()
			.orElseThrow();
	}

	Summit alaska() {
		Summit summit = new Summit("alaska-summit-2025-08-15");
		assertThat(summit
			.replaceParticipants(roles(this.trump, ParticipantRole.HOST, this.putin, ParticipantRole.PARTICIPANT)))
			.isTrue();
		return summit;
	}

	@Test
	void participantsAreAddedWithTheirRolesAndBelongToTheEvent() {
		Summit summit = alaska();
		assertThat(participants(summit)).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(summit.getParticipants()).allSatisfy((p) -> assertThat(p.getSummit()).isSameAs(summit));
	}

	@Test
	void theSameParticipantsAgainAreNoChange() {
		Summit summit = alaska();
		SummitParticipant host = participant(summit, this.trump);
		assertThat(summit
			.replaceParticipants(roles(this.trump, ParticipantRole.HOST, this.putin, ParticipantRole.PARTICIPANT)))
			.isFalse();
		assertThat(participants(summit)).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(participant(summit, this.trump)).isSameAs(host);
	}

	@Test
	void anActorWhoStaysKeepsItsRowAndOnlyChangesRole() {
		Summit summit = alaska();
		SummitParticipant putin = participant(summit, this.putin);
		assertThat(summit
			.replaceParticipants(roles(this.trump, ParticipantRole.HOST, this.putin, ParticipantRole.MEDIATOR)))
			.isTrue();
		assertThat(participant(summit, this.putin)).isSameAs(putin);
		assertThat(putin.getRole()).isEqualTo(ParticipantRole.MEDIATOR);
	}

	@Test
	void actorsMatchByIdNotByInstance() {
		Summit summit = alaska();
		SummitParticipant host = participant(summit, this.trump);
		Actor trumpAgain = actor(1, "donald-trump");
		Actor putinAgain = actor(2, "vladimir-putin");
		assertThat(summit
			.replaceParticipants(roles(trumpAgain, ParticipantRole.HOST, putinAgain, ParticipantRole.PARTICIPANT)))
			.isFalse();
		assertThat(participant(summit, trumpAgain)).isSameAs(host);
		assertThat(summit.getParticipants()).hasSize(2);
	}

	@Test
	void actorsLeftOutLeaveAndNewOnesJoin() {
		Summit summit = alaska();
		assertThat(summit
			.replaceParticipants(roles(this.putin, ParticipantRole.HOST, this.zelenskyy, ParticipantRole.PARTICIPANT)))
			.isTrue();
		assertThat(participants(summit)).containsExactly("vladimir-putin:HOST", "volodymyr-zelenskyy:PARTICIPANT");
		assertThat(summit.replaceParticipants(roles())).isTrue();
		assertThat(summit.getParticipants()).isEmpty();
		assertThat(summit.replaceParticipants(roles())).isFalse();
	}

	@Test
	void removingOneParticipantIsAChange() {
		Summit summit = alaska();
		assertThat(summit.replaceParticipants(roles(this.trump, ParticipantRole.HOST))).isTrue();
		assertThat(participants(summit)).containsExactly("donald-trump:HOST");
	}

}
