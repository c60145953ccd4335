package org.parley.summit;

/** The part an actor plays at an event. */
public enum ParticipantRole {

	HOST, PARTICIPANT, MEDIATOR

}
