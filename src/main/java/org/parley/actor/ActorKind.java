package org.parley.actor;

/** What sort of actor takes part in a negotiation. */
public enum ActorKind {

	PERSON, STATE, ORGANIZATION,
	/** A set of actors acting together, e.g. the signatories of a joint statement. */
	GROUP

}
