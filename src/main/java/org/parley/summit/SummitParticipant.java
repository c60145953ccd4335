package org.parley.summit;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.parley.actor.Actor;

/** An actor's part in an event. */
@Entity
@Audited
@IdClass(SummitParticipant.Key.class)
public class SummitParticipant {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "summit_id")
	private Summit summit;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected SummitParticipant() {
	}

	SummitParticipant(Summit summit, Actor actor, ParticipantRole role) {
		this.summit = summit;
		this.actor = actor;
		this.role = role;
	}

	void changeRole(ParticipantRole role) {
		this.role = role;
	}

	public Summit getSummit() {
		return this.summit;
	}

	public Actor getActor() {
		return this.actor;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	/**
	 * Composite key: one row per event and actor. Its parts are the entities (as
	 * Hibernate allows for an id class of a key-to-one), which is what Envers fills in
	 * when it reads a past revision.
	 */
	public record Key(Summit summit, Actor actor) implements Serializable {
	}

}
